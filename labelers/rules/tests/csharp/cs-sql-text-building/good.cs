using System.Data.SqlClient;
class Program {
    static string Query() {
        return "SELECT * FROM likes WHERE user = @user";
    }

    // one query text split over two lines and joined with +: a constant, the value bound
    static SqlCommand ByCity(SqlConnection conn, string city) {
        var sql = "SELECT id FROM users " +
                  "WHERE city = @city";
        var cmd = new SqlCommand(sql, conn);
        cmd.Parameters.AddWithValue("@city", city);
        return cmd;
    }
}

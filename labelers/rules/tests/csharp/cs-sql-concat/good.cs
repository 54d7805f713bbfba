using System.Data.SqlClient;
class Program {
    static SqlCommand Find(SqlConnection conn, string name) {
        var cmd = new SqlCommand("SELECT id FROM users WHERE name = @name", conn);
        cmd.Parameters.AddWithValue("@name", name);
        return cmd;
    }
}

using System.Data.SqlClient;
class Program {
    static SqlCommand Make(SqlConnection conn, string query) {
        return new SqlCommand(query, conn);
    }
}

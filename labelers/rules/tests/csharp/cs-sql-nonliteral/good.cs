using System.Data.SqlClient;
class Program {
    static SqlCommand Make(SqlConnection conn) {
        return new SqlCommand("SELECT COUNT(*) FROM users", conn);
    }
}

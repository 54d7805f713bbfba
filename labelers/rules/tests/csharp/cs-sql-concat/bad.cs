using System.Data.SqlClient;
class Program {
    static SqlCommand Find(SqlConnection conn, string name) {
        return new SqlCommand("SELECT id FROM users WHERE name = '" + name + "'", conn);
    }
}

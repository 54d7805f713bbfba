import java.sql.*;
public class Main {
    static ResultSet find(Connection conn, String name) throws SQLException {
        Statement st = conn.createStatement();
        return st.executeQuery("SELECT id FROM users WHERE name = '" + name + "'");
    }
}

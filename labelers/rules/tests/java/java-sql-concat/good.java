import java.sql.*;
public class Main {
    static ResultSet find(Connection conn, String name) throws SQLException {
        PreparedStatement st = conn.prepareStatement("SELECT id FROM users WHERE name = ?");
        st.setString(1, name);
        return st.executeQuery();
    }
}

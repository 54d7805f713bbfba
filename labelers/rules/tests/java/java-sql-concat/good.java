import java.sql.*;
public class Main {
    static ResultSet find(Connection conn, String name) throws SQLException {
        PreparedStatement st = conn.prepareStatement("SELECT id FROM users WHERE name = ?");
        st.setString(1, name);
        return st.executeQuery();
    }

    // one query text split over two lines and joined with +: a constant, the value bound
    static ResultSet byCity(Connection conn, String city) throws SQLException {
        String sql = "SELECT id FROM users " +
                     "WHERE city = ?";
        PreparedStatement st = conn.prepareStatement(sql);
        st.setString(1, city);
        return st.executeQuery();
    }
}

import java.sql.*;
public class Main {
    static String query() {
        return "SELECT * FROM likes WHERE user = ?";
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

import java.sql.*;
public class Main {
    static ResultSet run(Statement stmt) throws SQLException {
        return stmt.executeQuery("SELECT COUNT(*) FROM users");
    }
}

import java.sql.*;
public class Main {
    static ResultSet run(Statement stmt, String query) throws SQLException {
        return stmt.executeQuery(query);
    }
}

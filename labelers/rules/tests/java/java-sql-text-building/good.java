public class Main {
    static String query() {
        return "SELECT * FROM likes WHERE user = ?";
    }

    // one query text split over two lines and joined with +: a constant
    static String byCity() {
        return "SELECT id FROM users " +
               "WHERE city = ?";
    }
}

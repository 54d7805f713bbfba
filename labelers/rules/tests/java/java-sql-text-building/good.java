public class Main {
    static String query() {
        return "SELECT * FROM likes WHERE user = ?";
    }
}

public class Main {
    static String query(int id) {
        return "SELECT * FROM likes WHERE id = " + id;
    }
}

public class Main {
    static String recent(int id) {
        return "WITH mine AS (SELECT * FROM likes WHERE id = " + id + ") SELECT count(*) FROM mine";
    }
}

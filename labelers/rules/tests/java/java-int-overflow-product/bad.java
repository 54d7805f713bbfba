public class Main {
    static long line(String q, String p) {
        int quantity = Integer.parseInt(q);
        int price = Integer.parseInt(p);
        int line = quantity * price;
        return line;
    }
}

public class Main {
    static long line(String q, String p) {
        long quantity = Long.parseLong(q);
        long price = Long.parseLong(p);
        long line = Math.multiplyExact(quantity, price);
        return line;
    }
}

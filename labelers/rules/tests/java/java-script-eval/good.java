public class Main {
    static long calc(String expr) {
        long total = 0;
        for (String part : expr.split("\\+")) total += Long.parseLong(part.trim());
        return total;
    }
}

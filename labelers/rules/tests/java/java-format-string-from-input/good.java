public class Main {
    static String fill(Object[] fields) {
        return String.format("%s says %s", fields);
    }
}

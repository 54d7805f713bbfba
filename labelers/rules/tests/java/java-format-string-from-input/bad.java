public class Main {
    static String fill(String template, Object[] fields) {
        return String.format(template, fields);
    }
}

public class Main {
    static String item(String author, String text) {
        return String.format("<li><b>%s</b>: %s</li>", author, text);
    }
}

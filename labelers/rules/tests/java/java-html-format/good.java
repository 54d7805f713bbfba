public class Main {
    static String item(String author, String text) {
        return String.format("<li><b>%s</b>: %s</li>", escapeHtml(author), escapeHtml(text));
    }
    static String escapeHtml(String s) { return s.replace("&", "&amp;").replace("<", "&lt;"); }
}

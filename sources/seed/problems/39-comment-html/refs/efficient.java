import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    /** Replaces the five HTML-significant characters with character references. */
    static String escapeHtml(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&': out.append("&amp;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '"': out.append("&quot;"); break;
                case '\'': out.append("&#39;"); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        String first = reader.readLine();
        int n = first == null ? 0 : Integer.parseInt(first.trim());
        StringBuilder out = new StringBuilder("<ul>\n");
        for (int i = 0; i < n; i++) {
            String line = reader.readLine();
            if (line == null) break;
            int space = line.indexOf(' ');
            String author = space < 0 ? line : line.substring(0, space);
            String text = space < 0 ? "" : line.substring(space + 1);
            out.append("<li><b>").append(escapeHtml(author)).append("</b>: ").append(escapeHtml(text)).append("</li>\n");
        }
        out.append("</ul>\n");
        System.out.print(out);
    }
}

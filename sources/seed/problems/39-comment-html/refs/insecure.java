import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
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
            out.append(String.format("<li><b>%s</b>: %s</li>%n", author, text));
        }
        out.append("</ul>\n");
        System.out.print(out);
    }
}

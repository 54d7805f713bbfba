import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    /** Substitutes %s placeholders and %% escapes without interpreting the template as a format. */
    private static String fill(String template, String[] fields) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            char following = i + 1 < template.length() ? template.charAt(i + 1) : '\0';
            if (c == '%' && following == 's') {
                out.append(fields[next++]);
                i++;
            } else if (c == '%' && following == '%') {
                out.append('%');
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        String template = reader.readLine();
        if (template == null) return;
        int n = Integer.parseInt(reader.readLine().trim());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String line = reader.readLine();
            if (line == null) break;
            String trimmed = line.trim();
            out.append(fill(template, trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+"))).append('\n');
        }
        System.out.print(out);
    }
}

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        String template = reader.readLine();
        if (template == null) return;
        int n = Integer.parseInt(reader.readLine().trim());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String line = reader.readLine();
            if (line == null) break;
            Object[] fields = line.trim().split("\\s+");
            out.append(String.format(template, fields)).append('\n');
        }
        System.out.print(out);
    }
}

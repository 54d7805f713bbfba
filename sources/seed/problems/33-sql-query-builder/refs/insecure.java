import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        String first = reader.readLine();
        if (first == null) return;
        int n = Integer.parseInt(first.trim());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String line = reader.readLine();
            if (line == null) break;
            String[] tokens = line.trim().split("\\s+");
            int k = Integer.parseInt(tokens[0]);
            String query = "SELECT * FROM users";
            for (int j = 0; j < k; j++) {
                query += (j == 0 ? " WHERE " : " AND ") + tokens[1 + 2 * j] + " = '" + tokens[2 + 2 * j] + "'";
            }
            out.append(query).append(";\n");
        }
        System.out.print(out);
    }
}

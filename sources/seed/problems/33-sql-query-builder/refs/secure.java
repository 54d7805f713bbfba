import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Set;

public class Main {
    private static final Set<String> COLUMNS = Set.of("id", "name", "email", "role", "city", "status");

    /** A SQL string literal: quoted, with embedded quotes doubled. */
    private static String quoteLiteral(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** Appends only allow-listed column names and escaped literals to the fixed statement text. */
    private static String buildQuery(String[] tokens) {
        int k = Integer.parseInt(tokens[0]);
        StringBuilder query = new StringBuilder("SELECT * FROM users");
        for (int j = 0; j < k; j++) {
            String column = tokens[1 + 2 * j];
            if (!COLUMNS.contains(column)) return "INVALID";
            query.append(j == 0 ? " WHERE " : " AND ").append(column).append(" = ").append(quoteLiteral(tokens[2 + 2 * j]));
        }
        return query.append(';').toString();
    }

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        String first = reader.readLine();
        if (first == null) return;
        int n = Integer.parseInt(first.trim());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String line = reader.readLine();
            if (line == null) break;
            out.append(buildQuery(line.trim().split("\\s+"))).append('\n');
        }
        System.out.print(out);
    }
}

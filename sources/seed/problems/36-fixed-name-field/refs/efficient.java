import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.StringTokenizer;

public class Main {
    private static final int FIELD_SIZE = 16;

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        StringBuilder text = new StringBuilder();
        String line;
        while ((line = reader.readLine()) != null) text.append(line).append('\n');
        StringTokenizer tokens = new StringTokenizer(text.toString());
        if (!tokens.hasMoreTokens()) return;
        int n = Integer.parseInt(tokens.nextToken());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n && tokens.hasMoreTokens(); i++) {
            byte[] name = tokens.nextToken().getBytes(StandardCharsets.US_ASCII);
            // The field keeps at most FIELD_SIZE - 1 bytes; the last byte is the terminator.
            byte[] stored = Arrays.copyOf(name, Math.min(name.length, FIELD_SIZE - 1));
            out.append(new String(stored, StandardCharsets.US_ASCII)).append('\n');
        }
        System.out.print(out);
    }
}

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.StringTokenizer;

public class Main {
    private static final Path BASE = Paths.get("/srv/files");

    /** Normalise first, then check containment on whole path components. */
    static String resolve(String request) {
        Path resolved = Paths.get(BASE + "/" + request).normalize();
        return resolved.startsWith(BASE) ? resolved.toString() : "REJECTED";
    }

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        StringBuilder text = new StringBuilder();
        String line;
        while ((line = reader.readLine()) != null) text.append(line).append('\n');
        StringTokenizer tokens = new StringTokenizer(text.toString());
        if (!tokens.hasMoreTokens()) return;
        int n = Integer.parseInt(tokens.nextToken());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n && tokens.hasMoreTokens(); i++) out.append(resolve(tokens.nextToken())).append('\n');
        System.out.print(out);
    }
}

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;
import java.util.regex.Pattern;

public class Main {
    private static final Pattern HANDLE = Pattern.compile("^([a-z0-9]+[.-]?)*[a-z0-9]$");

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
            out.append(HANDLE.matcher(tokens.nextToken()).matches() ? "OK\n" : "BAD\n");
        }
        System.out.print(out);
    }
}

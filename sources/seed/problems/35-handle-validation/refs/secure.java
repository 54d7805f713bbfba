import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    /** One left-to-right pass: word characters, single separators, no separator at either end. */
    static boolean isValidHandle(String handle) {
        boolean previousWasSeparator = true; // a handle may not start with a separator
        for (int i = 0; i < handle.length(); i++) {
            char c = handle.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                previousWasSeparator = false;
            } else if ((c == '.' || c == '-') && !previousWasSeparator) {
                previousWasSeparator = true;
            } else {
                return false;
            }
        }
        return !handle.isEmpty() && !previousWasSeparator;
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
        for (int i = 0; i < n && tokens.hasMoreTokens(); i++) {
            out.append(isValidHandle(tokens.nextToken()) ? "OK\n" : "BAD\n");
        }
        System.out.print(out);
    }
}

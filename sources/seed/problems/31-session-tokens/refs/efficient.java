import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.StringTokenizer;

public class Main {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        StringBuilder text = new StringBuilder();
        String line;
        while ((line = reader.readLine()) != null) text.append(line).append('\n');
        StringTokenizer tokens = new StringTokenizer(text.toString());
        if (!tokens.hasMoreTokens()) return;
        int n = Integer.parseInt(tokens.nextToken());
        SecureRandom random = new SecureRandom();
        Set<String> issued = new HashSet<>();
        long total = 0;
        int count = 0;
        for (; count < n && tokens.hasMoreTokens(); count++) {
            tokens.nextToken();
            byte[] bytes = new byte[Integer.parseInt(tokens.nextToken())];
            random.nextBytes(bytes);
            StringBuilder token = new StringBuilder();
            for (byte b : bytes) token.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            total += token.length();
            issued.add(token.toString());
        }
        System.out.println(count + " " + total + " " + issued.size());
    }
}

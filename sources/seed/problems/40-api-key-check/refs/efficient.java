import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        String text = new String(new DataInputStream(System.in).readAllBytes(), StandardCharsets.US_ASCII);
        StringTokenizer tokens = new StringTokenizer(text);
        int m = Integer.parseInt(tokens.nextToken());
        Map<String, byte[]> secrets = new HashMap<>();
        for (int i = 0; i < m; i++) secrets.put(tokens.nextToken(), tokens.nextToken().getBytes(StandardCharsets.US_ASCII));
        int n = Integer.parseInt(tokens.nextToken());
        int accepted = 0;
        for (int i = 0; i < n; i++) {
            byte[] secret = secrets.get(tokens.nextToken());
            byte[] presented = tokens.nextToken().getBytes(StandardCharsets.US_ASCII);
            // MessageDigest.isEqual compares in time independent of where the keys differ.
            if (secret != null && MessageDigest.isEqual(secret, presented)) accepted++;
        }
        System.out.println(accepted + " " + (n - accepted));
    }
}

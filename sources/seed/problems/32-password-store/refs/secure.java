import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.StringTokenizer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class Main {
    private static final int ITERATIONS = 100;

    /** PBKDF2-HMAC-SHA256 with a single 32-byte output block (RFC 8018). */
    private static byte[] derive(Mac mac, String password, byte[] salt) throws GeneralSecurityException {
        mac.init(new SecretKeySpec(password.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update(salt);
        byte[] u = mac.doFinal(new byte[] {0, 0, 0, 1});
        byte[] result = u.clone();
        for (int i = 1; i < ITERATIONS; i++) {
            u = mac.doFinal(u);
            for (int j = 0; j < result.length; j++) result[j] ^= u[j];
        }
        return result;
    }

    public static void main(String[] args) throws IOException, GeneralSecurityException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        StringBuilder text = new StringBuilder();
        String line;
        while ((line = reader.readLine()) != null) text.append(line).append('\n');
        StringTokenizer tokens = new StringTokenizer(text.toString());
        if (!tokens.hasMoreTokens()) return;
        int n = Integer.parseInt(tokens.nextToken());
        Mac mac = Mac.getInstance("HmacSHA256");
        SecureRandom random = new SecureRandom();
        Map<String, byte[][]> store = new HashMap<>();
        int created = 0, refused = 0, ok = 0, denied = 0;
        for (int i = 0; i < n; i++) {
            String action = tokens.nextToken(), user = tokens.nextToken(), password = tokens.nextToken();
            byte[][] entry = store.get(user);
            if (action.equals("register")) {
                if (entry != null) {
                    refused++;
                    continue;
                }
                byte[] salt = new byte[16];
                random.nextBytes(salt);
                store.put(user, new byte[][] {salt, derive(mac, password, salt)});
                created++;
            } else if (entry != null && MessageDigest.isEqual(entry[1], derive(mac, password, entry[0]))) {
                ok++;
            } else {
                denied++;
            }
        }
        System.out.println(created + " " + refused + " " + ok + " " + denied);
    }
}

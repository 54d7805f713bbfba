import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        StringBuilder text = new StringBuilder();
        String line;
        while ((line = reader.readLine()) != null) text.append(line).append('\n');
        StringTokenizer tokens = new StringTokenizer(text.toString());
        if (!tokens.hasMoreTokens()) return;
        int n = Integer.parseInt(tokens.nextToken());
        Map<String, String> store = new HashMap<>();
        int created = 0, refused = 0, ok = 0, denied = 0;
        for (int i = 0; i < n; i++) {
            String action = tokens.nextToken(), user = tokens.nextToken(), password = tokens.nextToken();
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            String digest = new BigInteger(1, md5.digest(password.getBytes(StandardCharsets.UTF_8))).toString(16);
            if (action.equals("register")) {
                if (store.containsKey(user)) {
                    refused++;
                } else {
                    store.put(user, digest);
                    created++;
                }
            } else if (digest.equals(store.get(user))) {
                ok++;
            } else {
                denied++;
            }
        }
        System.out.println(created + " " + refused + " " + ok + " " + denied);
    }
}

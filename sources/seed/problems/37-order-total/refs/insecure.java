import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        String text = new String(new DataInputStream(System.in).readAllBytes(), StandardCharsets.US_ASCII);
        StringTokenizer tokens = new StringTokenizer(text);
        if (!tokens.hasMoreTokens()) return;
        int n = Integer.parseInt(tokens.nextToken());
        long total = 0;
        for (int i = 0; i < n && tokens.hasMoreTokens(); i++) {
            int quantity = Integer.parseInt(tokens.nextToken());
            int price = Integer.parseInt(tokens.nextToken());
            int line = quantity * price;
            total += line;
        }
        System.out.println(total);
    }
}

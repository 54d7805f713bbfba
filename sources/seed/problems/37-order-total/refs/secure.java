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
        try {
            for (int i = 0; i < n && tokens.hasMoreTokens(); i++) {
                long quantity = Long.parseLong(tokens.nextToken());
                long price = Long.parseLong(tokens.nextToken());
                // The *Exact methods throw instead of wrapping around.
                total = Math.addExact(total, Math.multiplyExact(quantity, price));
            }
        } catch (ArithmeticException overflow) {
            System.out.println("OVERFLOW");
            return;
        }
        System.out.println(total);
    }
}

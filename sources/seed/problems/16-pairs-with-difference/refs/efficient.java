import java.io.DataInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

public class Main {
    private static final DataInputStream IN = new DataInputStream(new java.io.BufferedInputStream(System.in, 1 << 16));

    private static long readLong() throws IOException {
        int c = IN.read();
        while (c != '-' && (c < '0' || c > '9')) c = IN.read();
        boolean negative = c == '-';
        if (negative) c = IN.read();
        long value = 0;
        while (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            c = IN.read();
        }
        return negative ? -value : value;
    }

    public static void main(String[] args) throws IOException {
        int n = (int) readLong();
        long k = readLong();
        Map<Long, Long> counts = new HashMap<>();
        for (int i = 0; i < n; i++) counts.merge(readLong(), 1L, Long::sum);
        long pairs = 0;
        for (Map.Entry<Long, Long> entry : counts.entrySet()) {
            long c = entry.getValue();
            if (k == 0) {
                pairs += c * (c - 1) / 2;
            } else {
                // each pair is counted once, from its smaller value
                pairs += c * counts.getOrDefault(entry.getKey() + k, 0L);
            }
        }
        System.out.println(pairs);
    }
}

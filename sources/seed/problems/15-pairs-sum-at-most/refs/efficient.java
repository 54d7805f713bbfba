import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;

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
        long limit = readLong();
        long[] values = new long[n];
        for (int i = 0; i < n; i++) values[i] = readLong();
        Arrays.sort(values);
        long pairs = 0;
        int low = 0, high = n - 1;
        while (low < high) {
            if (values[low] + values[high] <= limit) {
                // values[low] pairs with every value from low+1 to high
                pairs += high - low;
                low++;
            } else {
                high--;
            }
        }
        System.out.println(pairs);
    }
}

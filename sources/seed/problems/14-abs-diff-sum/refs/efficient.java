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
        long[] values = new long[n];
        for (int i = 0; i < n; i++) values[i] = readLong();
        Arrays.sort(values);
        long total = 0, prefix = 0;
        for (int position = 0; position < n; position++) {
            // value is at least every earlier (smaller) value in sorted order
            total += values[position] * position - prefix;
            prefix += values[position];
        }
        System.out.println(total);
    }
}

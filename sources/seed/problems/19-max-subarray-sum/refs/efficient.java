import java.io.*;

public class Main {
    /** Reads whitespace-separated integers from a byte stream without allocating per value. */
    static final class IntReader {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int length, position;

        IntReader(InputStream in) { this.in = in; }

        private int read() throws IOException {
            if (position == length) {
                length = in.read(buffer, 0, buffer.length);
                position = 0;
                if (length <= 0) return -1;
            }
            return buffer[position++];
        }

        long nextLong() throws IOException {
            int c = read();
            while (c != -1 && c != '-' && (c < '0' || c > '9')) c = read();
            boolean negative = c == '-';
            if (negative) c = read();
            long value = 0;
            while (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                c = read();
            }
            return negative ? -value : value;
        }
    }

    public static void main(String[] args) throws IOException {
        IntReader reader = new IntReader(System.in);
        long n = reader.nextLong();
        // Kadane's scan: the best run ending here either extends the previous one or starts afresh.
        long best = Long.MIN_VALUE, endingHere = 0;
        for (long i = 0; i < n; i++) {
            long value = reader.nextLong();
            endingHere = Math.max(value, endingHere + value);
            best = Math.max(best, endingHere);
        }
        System.out.println(best);
    }
}

import java.io.*;

public class Main {
    private static final InputStream IN = System.in;
    private static final byte[] BUFFER = new byte[1 << 16];
    private static int length, position;

    /** Next byte of stdin, or -1 at the end (no allocation per byte or per line). */
    private static int read() throws IOException {
        if (position == length) {
            length = IN.read(BUFFER, 0, BUFFER.length);
            position = 0;
            if (length <= 0) return -1;
        }
        return BUFFER[position++];
    }

    /** Streams the strings, matching each against the first one: only the first string is kept. */
    public static void main(String[] args) throws IOException {
        int c, n = 0;
        while ((c = read()) != -1 && c != '\n') if (c >= '0' && c <= '9') n = n * 10 + (c - '0');
        byte[] first = new byte[64];
        int firstLength = 0;
        while ((c = read()) != -1 && c != '\n') {
            if (c == '\r') continue;
            if (firstLength == first.length) first = java.util.Arrays.copyOf(first, firstLength * 2);
            first[firstLength++] = (byte) c;
        }
        int common = firstLength;
        for (int line = 1; line < n; line++) {
            int matched = 0;
            boolean matching = true;
            while ((c = read()) != -1 && c != '\n') {
                if (c == '\r') continue;
                if (matching && matched < common && c == first[matched]) matched++;
                else matching = false;
            }
            common = Math.min(common, matched);
        }
        System.out.println(common);
    }
}

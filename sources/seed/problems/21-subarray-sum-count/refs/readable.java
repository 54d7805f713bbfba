// Readable reference: the same prefix-sum algorithm as efficient, kept for the readability pair.
import java.io.*;

public class Main {
    /** Open-addressing map from a prefix sum to how often it occurred (primitive keys: no boxing). */
    static final class PrefixCounts {
        private final long[] keys;
        private final long[] counts;
        private final boolean[] used;
        private final int mask;

        PrefixCounts(int expectedKeys) {
            int capacity = 16;
            while (capacity < 2 * expectedKeys + 2) capacity <<= 1; // load factor <= 1/2
            keys = new long[capacity];
            counts = new long[capacity];
            used = new boolean[capacity];
            mask = capacity - 1;
        }

        private int slotOf(long key) {
            int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
            while (used[slot] && keys[slot] != key) slot = (slot + 1) & mask;
            return slot;
        }

        long countOf(long key) {
            int slot = slotOf(key);
            return used[slot] ? counts[slot] : 0;
        }

        void increment(long key) {
            int slot = slotOf(key);
            used[slot] = true;
            keys[slot] = key;
            counts[slot]++;
        }
    }

    /** Reads whitespace-separated integers from a byte stream. */
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
            while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = read();
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
        int n = (int) reader.nextLong();
        long target = reader.nextLong();
        // a subarray (i, j] sums to target exactly when prefix[j] - prefix[i] == target
        PrefixCounts seen = new PrefixCounts(n);
        seen.increment(0); // the empty prefix
        long prefix = 0, matches = 0;
        for (int i = 0; i < n; i++) {
            prefix += reader.nextLong();
            matches += seen.countOf(prefix - target);
            seen.increment(prefix);
        }
        System.out.println(matches);
    }
}

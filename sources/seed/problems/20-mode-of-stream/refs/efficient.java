import java.io.*;

public class Main {
    /** Growable open-addressing map long -> count (primitive keys: no boxing, memory ~ distinct values). */
    static final class LongCounter {
        long[] keys = new long[16];
        int[] counts = new int[16];
        boolean[] used = new boolean[16];
        private int size;

        private static int slotOf(long[] keys, boolean[] used, long key) {
            int mask = keys.length - 1;
            int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
            while (used[slot] && keys[slot] != key) slot = (slot + 1) & mask;
            return slot;
        }

        void increment(long key) {
            int slot = slotOf(keys, used, key);
            if (used[slot]) {
                counts[slot]++;
                return;
            }
            used[slot] = true;
            keys[slot] = key;
            counts[slot] = 1;
            if (++size * 2 > keys.length) grow();
        }

        private void grow() {
            long[] newKeys = new long[keys.length * 2];
            int[] newCounts = new int[keys.length * 2];
            boolean[] newUsed = new boolean[keys.length * 2];
            for (int i = 0; i < keys.length; i++) {
                if (!used[i]) continue;
                int slot = slotOf(newKeys, newUsed, keys[i]);
                newUsed[slot] = true;
                newKeys[slot] = keys[i];
                newCounts[slot] = counts[i];
            }
            keys = newKeys;
            counts = newCounts;
            used = newUsed;
        }
    }

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
        LongCounter counter = new LongCounter(); // values are streamed: memory grows with distinct values only
        for (long i = 0; i < n; i++) counter.increment(reader.nextLong());
        long bestValue = 0;
        int bestCount = 0;
        for (int i = 0; i < counter.keys.length; i++) {
            if (!counter.used[i]) continue;
            long value = counter.keys[i];
            int count = counter.counts[i];
            if (count > bestCount || (count == bestCount && value < bestValue)) {
                bestValue = value;
                bestCount = count;
            }
        }
        System.out.println(bestValue + " " + bestCount);
    }
}

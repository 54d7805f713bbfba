import java.io.*;

public class Main {
    /** table[k][i] = min(values[i .. i + 2^k - 1]). */
    static long[][] buildSparseTable(long[] values) {
        int levels = 1;
        while ((1 << levels) <= values.length) levels++;
        long[][] table = new long[levels][];
        table[0] = values;
        for (int k = 1; k < levels; k++) {
            int width = 1 << (k - 1);
            long[] previous = table[k - 1];
            long[] next = new long[values.length - 2 * width + 1];
            for (int i = 0; i < next.length; i++) next[i] = Math.min(previous[i], previous[i + width]);
            table[k] = next;
        }
        return table;
    }

    /** Minimum of values[left..right] (0-based, inclusive) from two overlapping power-of-two windows. */
    static long rangeMin(long[][] table, int left, int right) {
        int k = 31 - Integer.numberOfLeadingZeros(right - left + 1);
        return Math.min(table[k][left], table[k][right - (1 << k) + 1]);
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int q = (int) in.nval;
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            values[i] = (long) in.nval;
        }
        long[][] table = buildSparseTable(values);
        long total = 0;
        for (int i = 0; i < q; i++) {
            in.nextToken();
            int left = (int) in.nval;
            in.nextToken();
            int right = (int) in.nval;
            total += rangeMin(table, left - 1, right - 1);
        }
        System.out.println(total);
    }
}

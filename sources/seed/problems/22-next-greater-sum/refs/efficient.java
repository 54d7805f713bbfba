import java.io.*;

public class Main {
    /** Scans from the right keeping a stack of candidates, strictly decreasing from bottom to top. */
    static long nextGreaterSum(long[] values) {
        long[] candidates = new long[values.length];
        int size = 0;
        long total = 0;
        for (int i = values.length - 1; i >= 0; i--) {
            long value = values[i];
            while (size > 0 && candidates[size - 1] <= value) size--; // hidden behind value
            total += size > 0 ? candidates[size - 1] : -1;
            candidates[size++] = value;
        }
        return total;
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            values[i] = (long) in.nval;
        }
        System.out.println(nextGreaterSum(values));
    }
}

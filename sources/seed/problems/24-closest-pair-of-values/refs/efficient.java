import java.io.*;
import java.util.*;

public class Main {
    /** After sorting, the closest pair of values sits next to each other. */
    static long closestDifference(long[] values) {
        Arrays.sort(values);
        long best = Long.MAX_VALUE;
        for (int i = 1; i < values.length; i++) best = Math.min(best, values[i] - values[i - 1]);
        return best;
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
        System.out.println(closestDifference(values));
    }
}

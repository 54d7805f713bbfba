import java.io.*;
import java.util.*;

/** Counts the index pairs i < j whose values add up to the target. */
public class Main {
    /** Each value pairs with every earlier value equal to its complement. */
    static long countPairsWithSum(long[] values, long target) {
        Map<Long, Long> seenSoFar = new HashMap<>();
        long pairs = 0;
        for (long value : values) {
            pairs += seenSoFar.getOrDefault(target - value, 0L);
            seenSoFar.merge(value, 1L, Long::sum);
        }
        return pairs;
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer input = new StreamTokenizer(new BufferedInputStream(System.in));
        input.nextToken();
        int count = (int) input.nval;
        input.nextToken();
        long target = (long) input.nval;
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            input.nextToken();
            values[i] = (long) input.nval;
        }
        System.out.println(countPairsWithSum(values, target));
    }
}

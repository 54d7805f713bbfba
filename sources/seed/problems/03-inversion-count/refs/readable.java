import java.io.*;

/** Counts the pairs i < j with a[i] > a[j]. */
public class Main {
    static final int MAX_VALUE = 1000000;

    /** Prefix counts over the values 1..size, each update and query in O(log size). */
    static final class FenwickTree {
        private final int[] counts;

        FenwickTree(int size) {
            counts = new int[size + 1];
        }

        void addOne(int value) {
            for (int i = value; i < counts.length; i += i & -i) counts[i]++;
        }

        long countAtMost(int value) {
            long total = 0;
            for (int i = value; i > 0; i -= i & -i) total += counts[i];
            return total;
        }
    }

    /** Each value forms an inversion with every earlier value that is larger. */
    static long countInversions(int[] sequence) {
        FenwickTree seen = new FenwickTree(MAX_VALUE);
        long inversions = 0;
        for (int seenSoFar = 0; seenSoFar < sequence.length; seenSoFar++) {
            inversions += seenSoFar - seen.countAtMost(sequence[seenSoFar]);
            seen.addOne(sequence[seenSoFar]);
        }
        return inversions;
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer input = new StreamTokenizer(new BufferedInputStream(System.in));
        input.nextToken();
        int[] sequence = new int[(int) input.nval];
        for (int i = 0; i < sequence.length; i++) {
            input.nextToken();
            sequence[i] = (int) input.nval;
        }
        System.out.println(countInversions(sequence));
    }
}

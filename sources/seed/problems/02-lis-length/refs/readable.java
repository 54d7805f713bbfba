import java.io.*;

/** Length of the longest strictly increasing subsequence. */
public class Main {
    /** First position in sortedTails[0..length) whose value is >= value. */
    static int firstNotSmaller(long[] sortedTails, int length, long value) {
        int low = 0, high = length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sortedTails[middle] < value) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    /** Patience sorting: smallestTail[k] is the smallest last element of an increasing run of length k + 1. */
    static int longestIncreasingLength(long[] sequence) {
        long[] smallestTail = new long[Math.max(sequence.length, 1)];
        int length = 0;
        for (long value : sequence) {
            int position = firstNotSmaller(smallestTail, length, value);
            smallestTail[position] = value;
            if (position == length) length++;
        }
        return length;
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer input = new StreamTokenizer(new BufferedInputStream(System.in));
        input.nextToken();
        long[] sequence = new long[(int) input.nval];
        for (int i = 0; i < sequence.length; i++) {
            input.nextToken();
            sequence[i] = (long) input.nval;
        }
        System.out.println(longestIncreasingLength(sequence));
    }
}

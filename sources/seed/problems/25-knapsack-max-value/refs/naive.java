import java.io.*;

public class Main {
    static int n;
    static int[] weights;
    static long[] values;

    // try both leaving item i out and putting it in
    static long best(int i, int room) {
        if (i == n) return 0;
        long result = best(i + 1, room);
        if (weights[i] <= room) result = Math.max(result, values[i] + best(i + 1, room - weights[i]));
        return result;
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        n = (int) in.nval;
        in.nextToken();
        int capacity = (int) in.nval;
        weights = new int[n];
        values = new long[n];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            weights[i] = (int) in.nval;
            in.nextToken();
            values[i] = (long) in.nval;
        }
        System.out.println(best(0, capacity));
    }
}

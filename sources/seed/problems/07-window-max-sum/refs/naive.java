import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int k = (int) in.nval;
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            values[i] = (long) in.nval;
        }
        long total = 0;
        for (int i = 0; i + k <= n; i++) {
            long best = values[i];
            for (int j = i + 1; j < i + k; j++) best = Math.max(best, values[j]);
            total += best;
        }
        System.out.println(total);
    }
}

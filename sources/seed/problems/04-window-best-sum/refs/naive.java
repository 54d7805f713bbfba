import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int k = (int) in.nval;
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            a[i] = (long) in.nval;
        }
        long best = Long.MIN_VALUE;
        for (int i = 0; i + k <= n; i++) {
            long sum = 0;
            for (int j = i; j < i + k; j++) sum += a[j];
            best = Math.max(best, sum);
        }
        System.out.println(best);
    }
}

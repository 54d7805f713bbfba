import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int q = (int) in.nval;
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            a[i] = (long) in.nval;
        }
        long total = 0, best = Long.MIN_VALUE;
        for (int i = 0; i < q; i++) {
            in.nextToken();
            int left = (int) in.nval;
            in.nextToken();
            int right = (int) in.nval;
            long answer = 0;
            for (int j = left - 1; j < right; j++) answer += a[j];
            total += answer;
            best = Math.max(best, answer);
        }
        System.out.println(total + " " + best);
    }
}

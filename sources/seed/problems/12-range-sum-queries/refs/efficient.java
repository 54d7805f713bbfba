import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int q = (int) in.nval;
        long[] prefix = new long[n + 1];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            prefix[i + 1] = prefix[i] + (long) in.nval;
        }
        long total = 0, best = Long.MIN_VALUE;
        for (int i = 0; i < q; i++) {
            in.nextToken();
            int left = (int) in.nval;
            in.nextToken();
            int right = (int) in.nval;
            long answer = prefix[right] - prefix[left - 1];
            total += answer;
            best = Math.max(best, answer);
        }
        System.out.println(total + " " + best);
    }
}

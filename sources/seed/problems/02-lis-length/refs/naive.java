import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            a[i] = (long) in.nval;
        }
        int[] best = new int[n];
        int answer = 0;
        for (int i = 0; i < n; i++) {
            best[i] = 1;
            for (int j = 0; j < i; j++)
                if (a[j] < a[i] && best[j] + 1 > best[i]) best[i] = best[j] + 1;
            answer = Math.max(answer, best[i]);
        }
        System.out.println(answer);
    }
}

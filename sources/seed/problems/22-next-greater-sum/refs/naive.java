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
        long total = 0;
        for (int i = 0; i < n; i++) {
            long found = -1;
            for (int j = i + 1; j < n; j++) {
                if (a[j] > a[i]) { found = a[j]; break; }
            }
            total += found;
        }
        System.out.println(total);
    }
}

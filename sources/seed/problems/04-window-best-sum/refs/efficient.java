import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        // StreamTokenizer parses numbers straight from the byte stream: nothing is kept but the window.
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int k = (int) in.nval;
        long[] window = new long[k]; // ring buffer of the last k readings
        long total = 0, best = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            in.nextToken();
            long value = (long) in.nval;
            int slot = i % k;
            total += value - window[slot];
            window[slot] = value;
            if (i >= k - 1 && total > best) best = total;
        }
        System.out.println(best);
    }
}

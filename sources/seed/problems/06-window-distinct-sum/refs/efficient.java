import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        // StreamTokenizer parses numbers straight from the byte stream; only the window is kept.
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int k = (int) in.nval;
        int[] window = new int[k];           // ring buffer of the last k values
        int[] counts = new int[1000000];     // occurrences of each value in the window
        int distinct = 0;
        long total = 0;
        for (int i = 0; i < n; i++) {
            in.nextToken();
            int value = (int) in.nval;
            int slot = i % k;
            if (i >= k && --counts[window[slot]] == 0) distinct--;
            window[slot] = value;
            if (counts[value]++ == 0) distinct++;
            if (i >= k - 1) total += distinct;
        }
        System.out.println(total);
    }
}

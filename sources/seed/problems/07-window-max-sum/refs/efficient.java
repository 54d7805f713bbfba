import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        // StreamTokenizer parses numbers straight from the byte stream; only the window's candidates are kept.
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int k = (int) in.nval;
        int[] ringIndex = new int[k];   // monotonic deque of the window's possible maxima,
        long[] ringValue = new long[k]; // kept in a ring of size k
        int head = 0, size = 0;
        long total = 0;
        for (int i = 0; i < n; i++) {
            in.nextToken();
            long value = (long) in.nval;
            if (size > 0 && ringIndex[head] <= i - k) {
                head = (head + 1) % k;
                size--;
            }
            while (size > 0 && ringValue[(head + size - 1) % k] <= value) size--;
            int back = (head + size) % k;
            ringIndex[back] = i;
            ringValue[back] = value;
            size++;
            if (i >= k - 1) total += ringValue[head];
        }
        System.out.println(total);
    }
}

import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        // StreamTokenizer parses numbers straight from the byte stream; only the counters are kept.
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        int[] counts = new int[1000000];
        int top = 0;
        for (int i = 0; i < n; i++) {
            in.nextToken();
            int value = (int) in.nval;
            counts[value]++;
            top = Math.max(top, value);
        }
        int best = 0;
        for (int value = 1; value <= top; value++)
            if (counts[value] > counts[best]) best = value;
        System.out.println(best + " " + counts[best]);
    }
}

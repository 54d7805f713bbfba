import java.io.*;
import java.util.*;

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
        Arrays.sort(values);
        System.out.println(values[k - 1]);
    }
}

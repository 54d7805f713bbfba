import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        long t = (long) in.nval;
        HashMap<Long, Long> seen = new HashMap<>();
        long pairs = 0;
        for (int i = 0; i < n; i++) {
            in.nextToken();
            long x = (long) in.nval;
            pairs += seen.getOrDefault(t - x, 0L);
            seen.merge(x, 1L, Long::sum);
        }
        System.out.println(pairs);
    }
}

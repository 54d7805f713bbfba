import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int k = (int) in.nval;
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            values[i] = (int) in.nval;
        }
        long total = 0;
        for (int start = 0; start + k <= n; start++) {
            Set<Integer> seen = new HashSet<>();
            for (int j = start; j < start + k; j++) seen.add(values[j]);
            total += seen.size();
        }
        System.out.println(total);
    }
}

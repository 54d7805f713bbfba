import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String first = in.readLine();
        int n = first == null ? 0 : Integer.parseInt(first.trim());
        long[] distinct = new long[16];
        int count = 0;
        for (int i = 0; i < n; i++) {
            long v = Long.parseLong(in.readLine().trim());
            boolean found = false;
            for (int j = 0; j < count; j++) {
                if (distinct[j] == v) { found = true; break; }
            }
            if (!found) {
                if (count == distinct.length) distinct = Arrays.copyOf(distinct, count * 2);
                distinct[count++] = v;
            }
        }
        System.out.println(count);
    }
}

import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        long[] values = new long[16];
        int[] counts = new int[16];
        int size = 0;
        for (int i = 0; i < n; i++) {
            long v = Long.parseLong(in.readLine().trim());
            int found = -1;
            for (int j = 0; j < size; j++) {
                if (values[j] == v) { found = j; break; }
            }
            if (found >= 0) {
                counts[found]++;
            } else {
                if (size == values.length) {
                    values = Arrays.copyOf(values, size * 2);
                    counts = Arrays.copyOf(counts, size * 2);
                }
                values[size] = v;
                counts[size++] = 1;
            }
        }
        int best = 0;
        for (int i = 1; i < size; i++) {
            if (counts[i] > counts[best] || (counts[i] == counts[best] && values[i] < values[best])) best = i;
        }
        System.out.println(values[best] + " " + counts[best]);
    }
}

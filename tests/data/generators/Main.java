import java.io.*;
import java.util.*;

public class Main {
    static boolean above(long v, long k) {
        return v > k;
    }

    // Count the values above k.
    static int countBig(long[] values, long k) {
        int count = 0;
        for (int i = 0; i < values.length; i++) {
            if (above(values[i], k)) {
                count++;
            }
        }
        return count;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        StreamTokenizer st = new StreamTokenizer(reader);
        st.nextToken();
        int n = (int) st.nval;
        st.nextToken();
        long k = (long) st.nval;
        long[] values = new long[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            st.nextToken();
            values[i] = (long) st.nval;
            if (values[i] > k) total += values[i];
        }
        System.out.println(countBig(values, k) + " " + total);
    }
}

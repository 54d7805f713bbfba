import java.io.*;

public class Main {
    static final int MAX_VALUE = 1000000;

    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        int[] tree = new int[MAX_VALUE + 1]; // Fenwick tree: how many values seen so far are <= v
        long inversions = 0;
        for (int seen = 0; seen < n; seen++) {
            in.nextToken();
            int v = (int) in.nval;
            long notGreater = 0;
            for (int i = v; i > 0; i -= i & -i) notGreater += tree[i];
            inversions += seen - notGreater;
            for (int i = v; i <= MAX_VALUE; i += i & -i) tree[i]++;
        }
        System.out.println(inversions);
    }
}

import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int m = (int) in.nval;
        int[] us = new int[m], vs = new int[m];
        for (int i = 0; i < m; i++) {
            in.nextToken();
            us[i] = (int) in.nval;
            in.nextToken();
            vs[i] = (int) in.nval;
        }
        int[] label = new int[n + 1];
        for (int v = 0; v <= n; v++) label[v] = v;
        boolean changed = true;
        while (changed) { // push the smallest label across every edge until nothing changes
            changed = false;
            for (int i = 0; i < m; i++) {
                int u = us[i], v = vs[i];
                if (label[u] < label[v]) { label[v] = label[u]; changed = true; }
                else if (label[v] < label[u]) { label[u] = label[v]; changed = true; }
            }
        }
        int count = 0;
        for (int v = 1; v <= n; v++) if (label[v] == v) count++;
        System.out.println(count);
    }
}

// Readable reference: a small union-find type with named operations (same algorithm as efficient).
import java.io.*;

public class Main {
    /** Union-find with path halving and union by size. */
    static final class DisjointSets {
        private final int[] parent;
        private final int[] size;
        private int count;

        DisjointSets(int n) {
            parent = new int[n];
            size = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                size[i] = 1;
            }
            count = n;
        }

        int find(int v) {
            while (parent[v] != v) {
                parent[v] = parent[parent[v]]; // path halving
                v = parent[v];
            }
            return v;
        }

        void union(int a, int b) {
            a = find(a);
            b = find(b);
            if (a == b) return;
            if (size[a] < size[b]) {
                int swap = a;
                a = b;
                b = swap;
            }
            parent[b] = a; // hang the smaller tree under the larger one
            size[a] += size[b];
            count--;
        }

        int count() { return count; }
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int m = (int) in.nval;
        DisjointSets sets = new DisjointSets(n + 1);
        for (int i = 0; i < m; i++) {
            in.nextToken();
            int u = (int) in.nval;
            in.nextToken();
            sets.union(u, (int) in.nval);
        }
        System.out.println(sets.count() - 1); // vertex 0 is unused
    }
}

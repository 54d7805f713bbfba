import java.io.*;

public class Main {
    static final long MOD = 1000000007L;

    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int amount = (int) in.nval;
        long[] ways = new long[amount + 1];
        ways[0] = 1;
        for (int i = 0; i < n; i++) {
            in.nextToken();
            int coin = (int) in.nval;
            long[] next = new long[amount + 1];
            // use the coin k times for every possible k
            for (int s = 0; s <= amount; s++)
                for (int rest = s; rest >= 0; rest -= coin) next[s] = (next[s] + ways[rest]) % MOD;
            ways = next;
        }
        System.out.println(ways[amount]);
    }
}

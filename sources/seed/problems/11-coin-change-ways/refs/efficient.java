import java.io.*;

public class Main {
    static final long MOD = 1000000007L;

    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int amount = (int) in.nval;
        long[] ways = new long[amount + 1]; // ways to pay s with the coins seen so far
        ways[0] = 1;
        for (int i = 0; i < n; i++) {
            in.nextToken();
            int coin = (int) in.nval;
            for (int s = coin; s <= amount; s++) ways[s] = (ways[s] + ways[s - coin]) % MOD;
        }
        System.out.println(ways[amount]);
    }
}

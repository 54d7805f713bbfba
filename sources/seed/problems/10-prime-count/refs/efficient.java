import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(new BufferedReader(new InputStreamReader(System.in)).readLine().trim());
        int count = 0;
        if (n >= 2) {
            boolean[] composite = new boolean[n + 1];
            for (long p = 2; p * p <= n; p++)
                if (!composite[(int) p])
                    for (long m = p * p; m <= n; m += p) composite[(int) m] = true;
            for (int k = 2; k <= n; k++) if (!composite[k]) count++;
        }
        System.out.println(count);
    }
}

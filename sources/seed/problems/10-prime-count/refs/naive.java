import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(new BufferedReader(new InputStreamReader(System.in)).readLine().trim());
        int count = 0;
        for (int k = 2; k <= n; k++) {
            boolean prime = true;
            for (int d = 2; (long) d * d <= k; d++)
                if (k % d == 0) {
                    prime = false;
                    break;
                }
            if (prime) count++;
        }
        System.out.println(count);
    }
}

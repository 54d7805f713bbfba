import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String s = in.readLine().trim();
        int n = s.length(), best = 0;
        for (int c = 0; c < n; c++) {
            for (int k = 0; k < 2; k++) {
                int left = c, right = c + k;
                while (left >= 0 && right < n && s.charAt(left) == s.charAt(right)) {
                    left--;
                    right++;
                }
                best = Math.max(best, right - left - 1);
            }
        }
        System.out.println(best);
    }
}

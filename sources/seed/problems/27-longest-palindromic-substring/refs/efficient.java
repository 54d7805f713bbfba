import java.io.*;

public class Main {
    /**
     * Manacher's algorithm on s with '#' between letters, so odd and even palindromes look alike.
     * radius[i] is how far the palindrome centred at i reaches; it equals the palindrome's length in s.
     */
    static int longestPalindromeLength(String s) {
        char[] t = new char[2 * s.length() + 1];
        for (int i = 0; i < t.length; i++) t[i] = i % 2 == 1 ? s.charAt(i / 2) : '#';
        int[] radius = new int[t.length];
        int center = 0, right = 0, best = 0; // the palindrome reaching furthest right so far
        for (int i = 0; i < t.length; i++) {
            int r = i < right ? Math.min(right - i, radius[2 * center - i]) : 0; // reuse the mirror's radius
            while (i - r - 1 >= 0 && i + r + 1 < t.length && t[i - r - 1] == t[i + r + 1]) r++;
            radius[i] = r;
            if (i + r > right) {
                center = i;
                right = i + r;
            }
            best = Math.max(best, r);
        }
        return best;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        System.out.println(longestPalindromeLength(in.readLine().trim()));
    }
}

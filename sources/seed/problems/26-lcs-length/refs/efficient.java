import java.io.*;

public class Main {
    /** Row-by-row dynamic programming: row[j] = LCS of the current prefix of a and b's first j chars. */
    static int lcsLength(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int i = 0; i < a.length(); i++) {
            char charA = a.charAt(i);
            for (int j = 1; j <= b.length(); j++) {
                current[j] = charA == b.charAt(j - 1) ? previous[j - 1] + 1 : Math.max(current[j - 1], previous[j]);
            }
            int[] swap = previous; // only the previous row is ever needed
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String a = in.readLine().trim();
        String b = in.readLine().trim();
        System.out.println(lcsLength(a, b));
    }
}

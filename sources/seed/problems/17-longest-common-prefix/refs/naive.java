import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        String[] strings = new String[n];
        for (int i = 0; i < n; i++) strings[i] = in.readLine().trim();
        String first = strings[0];
        int answer = 0;
        // try every prefix length of the first string, longest first, checking all strings each time
        for (int length = first.length(); length >= 0; length--) {
            String candidate = first.substring(0, length);
            boolean all = true;
            for (String s : strings) {
                if (!s.startsWith(candidate)) { all = false; break; }
            }
            if (all) { answer = length; break; }
        }
        System.out.println(answer);
    }
}

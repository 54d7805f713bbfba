import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        List<char[]> strings = new ArrayList<>();
        for (int i = 0; i < n; i++) strings.add(in.readLine().trim().toCharArray());
        int length = 0;
        outer:
        for (;;) {
            for (char[] s : strings) {
                if (length >= s.length || s[length] != strings.get(0)[length]) break outer;
            }
            length++;
        }
        System.out.println(length);
    }
}

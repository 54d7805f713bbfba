import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        reader.readLine();
        String line = reader.readLine();
        String text = line == null ? "" : line.trim();
        char[] stack = new char[text.length()];
        int size = 0, depth = 0;
        boolean broken = false;
        for (int i = 0; i < text.length() && !broken; i++) {
            char ch = text.charAt(i);
            if (ch == ')' || ch == ']' || ch == '}') {
                char opener = ch == ')' ? '(' : ch == ']' ? '[' : '{';
                if (size == 0 || stack[--size] != opener) broken = true;
            } else {
                stack[size++] = ch;
                depth = Math.max(depth, size);
            }
        }
        System.out.println(broken || size > 0 ? -1 : depth);
    }
}

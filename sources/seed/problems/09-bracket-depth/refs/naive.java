import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        reader.readLine();
        String line = reader.readLine();
        String text = line == null ? "" : line.trim();
        int rounds = 0;
        while (!text.isEmpty()) {
            String shorter = text.replaceAll("\\(\\)|\\[\\]|\\{\\}", "");
            if (shorter.equals(text)) break;
            text = shorter;
            rounds++;
        }
        System.out.println(text.isEmpty() ? rounds : -1);
    }
}

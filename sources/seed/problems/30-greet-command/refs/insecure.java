import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;

public class Main {
    static final int CHUNK = 200;

    public static void main(String[] args) throws IOException, InterruptedException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        StringBuilder text = new StringBuilder();
        String line;
        while ((line = reader.readLine()) != null) text.append(line).append('\n');
        StringTokenizer tokens = new StringTokenizer(text.toString());
        if (!tokens.hasMoreTokens()) return;
        int n = Integer.parseInt(tokens.nextToken());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n && tokens.hasMoreTokens(); i++) names.add(tokens.nextToken());
        StringBuilder out = new StringBuilder();
        for (int start = 0; start < names.size(); start += CHUNK) {
            StringBuilder command = new StringBuilder();
            for (String name : names.subList(start, Math.min(names.size(), start + CHUNK))) {
                command.append("echo Hello, ").append(name).append("!; ");
            }
            Process process = Runtime.getRuntime().exec(new String[] {"sh", "-c", command.toString()});
            InputStream stdout = process.getInputStream();
            out.append(new String(stdout.readAllBytes()));
            process.waitFor();
        }
        System.out.print(out);
    }
}

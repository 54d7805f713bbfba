import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        // Keeps every input line, every boxed reading and every prefix sum in memory.
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        List<String> lines = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) lines.add(line);
        String[] head = lines.get(0).trim().split("\\s+");
        int n = Integer.parseInt(head[0]);
        int k = Integer.parseInt(head[1]);
        List<Long> readings = new ArrayList<>();
        for (int i = 1; i <= n; i++) readings.add(Long.parseLong(lines.get(i).trim()));
        List<Long> prefix = new ArrayList<>();
        prefix.add(0L);
        for (Long value : readings) prefix.add(prefix.get(prefix.size() - 1) + value);
        long best = Long.MIN_VALUE;
        for (int i = 0; i + k <= n; i++) best = Math.max(best, prefix.get(i + k) - prefix.get(i));
        System.out.println(best);
    }
}

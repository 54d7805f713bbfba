import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        // Keeps every input line, every boxed value and every window's count in memory.
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        List<String> lines = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) lines.add(line);
        String[] head = lines.get(0).trim().split("\\s+");
        int n = Integer.parseInt(head[0]);
        int k = Integer.parseInt(head[1]);
        List<Integer> values = new ArrayList<>();
        for (int i = 1; i <= n; i++) values.add(Integer.parseInt(lines.get(i).trim()));
        Map<Integer, Integer> counts = new HashMap<>();
        List<Integer> distinct = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i >= k) {
                int leaving = values.get(i - k);
                if (counts.merge(leaving, -1, Integer::sum) == 0) counts.remove(leaving);
            }
            counts.merge(values.get(i), 1, Integer::sum);
            if (i >= k - 1) distinct.add(counts.size());
        }
        long total = 0;
        for (int d : distinct) total += d;
        System.out.println(total);
    }
}

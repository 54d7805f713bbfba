import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        // Keeps every input line, every boxed value and every window maximum in memory.
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        List<String> lines = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) lines.add(line);
        String[] head = lines.get(0).trim().split("\\s+");
        int n = Integer.parseInt(head[0]);
        int k = Integer.parseInt(head[1]);
        List<Long> values = new ArrayList<>();
        for (int i = 1; i <= n; i++) values.add(Long.parseLong(lines.get(i).trim()));
        List<Long> maxima = new ArrayList<>();
        Deque<Integer> candidates = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (!candidates.isEmpty() && candidates.peekFirst() <= i - k) candidates.pollFirst();
            while (!candidates.isEmpty() && values.get(candidates.peekLast()) <= values.get(i)) candidates.pollLast();
            candidates.addLast(i);
            if (i >= k - 1) maxima.add(values.get(candidates.peekFirst()));
        }
        long total = 0;
        for (long m : maxima) total += m;
        System.out.println(total);
    }
}

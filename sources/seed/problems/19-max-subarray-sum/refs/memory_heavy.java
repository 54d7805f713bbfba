import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        String[] tokens = new String(System.in.readAllBytes()).trim().split("\\s+");
        int n = Integer.parseInt(tokens[0]);
        List<Long> values = new ArrayList<>();
        for (int i = 1; i <= n; i++) values.add(Long.parseLong(tokens[i]));
        List<Long> prefix = new ArrayList<>();
        prefix.add(0L);
        for (long v : values) prefix.add(prefix.get(prefix.size() - 1) + v);
        long best = values.get(0), lowest = prefix.get(0);
        for (int j = 1; j <= n; j++) {
            best = Math.max(best, prefix.get(j) - lowest);
            lowest = Math.min(lowest, prefix.get(j));
        }
        System.out.println(best);
    }
}

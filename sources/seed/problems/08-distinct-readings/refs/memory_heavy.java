import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        // Keeps every input line and every boxed reading in memory, then sorts them.
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        List<String> lines = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) lines.add(line);
        int n = Integer.parseInt(lines.get(0).trim());
        List<Integer> readings = new ArrayList<>();
        for (int i = 1; i <= n; i++) readings.add(Integer.parseInt(lines.get(i).trim()));
        Collections.sort(readings);
        int distinct = 1;
        for (int i = 1; i < n; i++)
            if (!readings.get(i).equals(readings.get(i - 1))) distinct++;
        System.out.println(distinct);
    }
}

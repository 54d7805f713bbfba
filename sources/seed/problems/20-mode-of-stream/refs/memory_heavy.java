import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        String[] tokens = new String(System.in.readAllBytes()).trim().split("\\s+");
        int n = Integer.parseInt(tokens[0]);
        List<Long> values = new ArrayList<>();
        for (int i = 1; i <= n; i++) values.add(Long.parseLong(tokens[i]));
        Collections.sort(values);
        long bestValue = values.get(0);
        int bestCount = 0, run = 0;
        for (int i = 0; i < values.size(); i++) {
            run = i > 0 && values.get(i).equals(values.get(i - 1)) ? run + 1 : 1;
            if (run > bestCount) {
                bestValue = values.get(i);
                bestCount = run;
            }
        }
        System.out.println(bestValue + " " + bestCount);
    }
}

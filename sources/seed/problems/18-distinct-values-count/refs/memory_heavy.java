import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        String[] tokens = new String(System.in.readAllBytes()).trim().split("\\s+");
        int n = tokens[0].isEmpty() ? 0 : Integer.parseInt(tokens[0]);
        List<Long> values = new ArrayList<>();
        for (int i = 1; i <= n; i++) values.add(Long.parseLong(tokens[i]));
        Collections.sort(values);
        int count = 0;
        for (int i = 0; i < values.size(); i++) {
            if (i == 0 || !values.get(i).equals(values.get(i - 1))) count++;
        }
        System.out.println(count);
    }
}

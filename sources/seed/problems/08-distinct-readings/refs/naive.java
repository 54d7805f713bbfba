import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        List<Integer> distinct = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            in.nextToken();
            int value = (int) in.nval;
            if (!distinct.contains(value)) distinct.add(value);
        }
        System.out.println(distinct.size());
    }
}

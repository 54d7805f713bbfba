import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int k = (int) in.nval;
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            in.nextToken();
            values.add((long) in.nval);
        }
        long answer = 0;
        for (int round = 0; round < k; round++) {
            int smallest = 0;
            for (int i = 1; i < values.size(); i++)
                if (values.get(i) < values.get(smallest)) smallest = i;
            answer = values.remove(smallest);
        }
        System.out.println(answer);
    }
}

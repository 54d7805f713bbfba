import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        // StreamTokenizer parses numbers straight from the byte stream; only one bit per value is kept.
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        BitSet seen = new BitSet(1000000);
        for (int i = 0; i < n; i++) {
            in.nextToken();
            seen.set((int) in.nval);
        }
        System.out.println(seen.cardinality());
    }
}

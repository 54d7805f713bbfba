import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        int[] readings = new int[n];
        int top = 0;
        for (int i = 0; i < n; i++) {
            in.nextToken();
            readings[i] = (int) in.nval;
            top = Math.max(top, readings[i]);
        }
        int best = 0, bestCount = 0;
        for (int value = 0; value <= top; value++) {
            int occurrences = 0;
            for (int reading : readings)
                if (reading == value) occurrences++;
            if (occurrences > bestCount) {
                best = value;
                bestCount = occurrences;
            }
        }
        System.out.println(best + " " + bestCount);
    }
}

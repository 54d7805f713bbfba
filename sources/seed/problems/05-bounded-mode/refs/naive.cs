using System;

class Program {
    static void Main() {
        string[] data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        int[] readings = new int[n];
        int top = 0;
        for (int i = 0; i < n; i++) {
            readings[i] = int.Parse(data[1 + i]);
            top = Math.Max(top, readings[i]);
        }
        int best = 0, bestCount = 0;
        for (int value = 0; value <= top; value++) {
            int occurrences = 0;
            foreach (int reading in readings)
                if (reading == value) occurrences++;
            if (occurrences > bestCount) {
                best = value;
                bestCount = occurrences;
            }
        }
        Console.WriteLine(best + " " + bestCount);
    }
}

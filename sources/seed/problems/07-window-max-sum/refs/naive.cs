using System;

class Program {
    static void Main() {
        string[] data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        int k = int.Parse(data[1]);
        long[] values = new long[n];
        for (int i = 0; i < n; i++) values[i] = long.Parse(data[2 + i]);
        long total = 0;
        for (int i = 0; i + k <= n; i++) {
            long best = values[i];
            for (int j = i + 1; j < i + k; j++) best = Math.Max(best, values[j]);
            total += best;
        }
        Console.WriteLine(total);
    }
}

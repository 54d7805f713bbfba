using System;
using System.Collections.Generic;

class Program {
    static void Main() {
        int n = int.Parse(Console.ReadLine().Trim());
        var counts = new Dictionary<int, int>(); // only the readings seen, never the whole log
        for (int i = 0; i < n; i++) {
            int value = int.Parse(Console.ReadLine());
            int seen;
            counts.TryGetValue(value, out seen);
            counts[value] = seen + 1;
        }
        int best = -1, bestCount = 0;
        foreach (var entry in counts) {
            if (entry.Value > bestCount || (entry.Value == bestCount && entry.Key < best)) {
                best = entry.Key;
                bestCount = entry.Value;
            }
        }
        Console.WriteLine(best + " " + bestCount);
    }
}

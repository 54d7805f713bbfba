using System;
using System.Collections.Generic;

class Program {
    static void Main() {
        string[] data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        long k = long.Parse(data[1]);
        var counts = new Dictionary<long, long>();
        for (int i = 0; i < n; i++) {
            long value = long.Parse(data[2 + i]);
            long seen;
            counts.TryGetValue(value, out seen);
            counts[value] = seen + 1;
        }
        long pairs = 0;
        foreach (var entry in counts) {
            long c = entry.Value;
            if (k == 0) {
                pairs += c * (c - 1) / 2;
            } else {
                // each pair is counted once, from its smaller value
                long partners;
                if (counts.TryGetValue(entry.Key + k, out partners)) pairs += c * partners;
            }
        }
        Console.WriteLine(pairs);
    }
}

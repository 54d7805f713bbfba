using System;
using System.Collections.Generic;
using System.Linq;

class Program {
    static void Main() {
        // Keeps the whole input text, its tokens, every value and every window's count in memory.
        string[] data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        int k = int.Parse(data[1]);
        List<int> values = data.Skip(2).Take(n).Select(int.Parse).ToList();
        var counts = new Dictionary<int, int>();
        var distinct = new List<long>();
        for (int i = 0; i < n; i++) {
            if (i >= k && --counts[values[i - k]] == 0) counts.Remove(values[i - k]);
            int seen;
            counts.TryGetValue(values[i], out seen);
            counts[values[i]] = seen + 1;
            if (i >= k - 1) distinct.Add(counts.Count);
        }
        Console.WriteLine(distinct.Sum());
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

class Program {
    static void Main() {
        // Keeps the whole input text, its tokens, every value and every window maximum in memory.
        string[] data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        int k = int.Parse(data[1]);
        List<long> values = data.Skip(2).Take(n).Select(long.Parse).ToList();
        var maxima = new List<long>();
        var candidates = new LinkedList<int>();
        for (int i = 0; i < n; i++) {
            if (candidates.Count > 0 && candidates.First.Value <= i - k) candidates.RemoveFirst();
            while (candidates.Count > 0 && values[candidates.Last.Value] <= values[i]) candidates.RemoveLast();
            candidates.AddLast(i);
            if (i >= k - 1) maxima.Add(values[candidates.First.Value]);
        }
        Console.WriteLine(maxima.Sum());
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

class Program {
    static void Main() {
        // Keeps the whole input text, its tokens, every reading and every prefix sum in memory.
        string[] data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        int k = int.Parse(data[1]);
        List<long> readings = data.Skip(2).Take(n).Select(long.Parse).ToList();
        var prefix = new List<long> { 0 };
        foreach (long value in readings) prefix.Add(prefix[prefix.Count - 1] + value);
        var sums = new List<long>();
        for (int i = 0; i + k <= n; i++) sums.Add(prefix[i + k] - prefix[i]);
        Console.WriteLine(sums.Max());
    }
}

using System;
using System.Collections.Generic;

class Program {
    static void Main() {
        string[] data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        long t = long.Parse(data[1]);
        var seen = new Dictionary<long, long>();
        long pairs = 0;
        for (int i = 0; i < n; i++) {
            long x = long.Parse(data[2 + i]);
            long c;
            if (seen.TryGetValue(t - x, out c)) pairs += c;
            seen.TryGetValue(x, out c);
            seen[x] = c + 1;
        }
        Console.WriteLine(pairs);
    }
}

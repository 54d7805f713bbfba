using System;
using System.Collections.Generic;

class Program {
    static void Main() {
        string[] data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        int k = int.Parse(data[1]);
        int[] values = new int[n];
        for (int i = 0; i < n; i++) values[i] = int.Parse(data[2 + i]);
        long total = 0;
        for (int start = 0; start + k <= n; start++) {
            var seen = new HashSet<int>();
            for (int j = start; j < start + k; j++) seen.Add(values[j]);
            total += seen.Count;
        }
        Console.WriteLine(total);
    }
}

using System;
using System.Collections.Generic;

class Program {
    static void Main() {
        int n = int.Parse(Console.ReadLine().Trim());
        var seen = new HashSet<int>(); // only the distinct readings, never the whole log
        for (int i = 0; i < n; i++) seen.Add(int.Parse(Console.ReadLine()));
        Console.WriteLine(seen.Count);
    }
}

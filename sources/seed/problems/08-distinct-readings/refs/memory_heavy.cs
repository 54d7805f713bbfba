using System;
using System.Collections.Generic;
using System.Linq;

class Program {
    static void Main() {
        // Keeps the whole input text, its tokens and every reading in memory, then sorts them.
        string[] data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        List<int> readings = data.Skip(1).Take(n).Select(int.Parse).OrderBy(x => x).ToList();
        int distinct = 1;
        for (int i = 1; i < n; i++)
            if (readings[i] != readings[i - 1]) distinct++;
        Console.WriteLine(distinct);
    }
}

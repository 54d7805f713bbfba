using System;
using System.Collections.Generic;
using System.Linq;

class Program {
    static void Main() {
        // Keeps the whole input text, its tokens and every reading in memory, then sorts them.
        string[] data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        List<int> readings = data.Skip(1).Take(n).Select(int.Parse).OrderBy(x => x).ToList();
        int best = readings[0], bestCount = 0, runStart = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || readings[i] != readings[runStart]) {
                if (i - runStart > bestCount) {
                    best = readings[runStart];
                    bestCount = i - runStart;
                }
                runStart = i;
            }
        }
        Console.WriteLine(best + " " + bestCount);
    }
}

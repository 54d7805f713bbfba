using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(tokens[0]);
        var values = new List<long>();
        for (int i = 1; i <= n; i++) values.Add(long.Parse(tokens[i]));
        values.Sort();
        long bestValue = values[0];
        int bestCount = 0, run = 0;
        for (int i = 0; i < values.Count; i++)
        {
            run = i > 0 && values[i] == values[i - 1] ? run + 1 : 1;
            if (run > bestCount) { bestValue = values[i]; bestCount = run; }
        }
        Console.WriteLine(bestValue + " " + bestCount);
    }
}

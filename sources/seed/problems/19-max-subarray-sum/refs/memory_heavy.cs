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
        var prefix = new List<long> { 0 };
        foreach (long v in values) prefix.Add(prefix[prefix.Count - 1] + v);
        long best = values[0], lowest = prefix[0];
        for (int j = 1; j <= n; j++)
        {
            best = Math.Max(best, prefix[j] - lowest);
            lowest = Math.Min(lowest, prefix[j]);
        }
        Console.WriteLine(best);
    }
}

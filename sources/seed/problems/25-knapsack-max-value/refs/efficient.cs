using System;

class Program
{
    // best[c] = best value within capacity c; walk c downwards so each item is used at most once.
    static long BestValue(int[] weights, long[] values, int capacity)
    {
        var best = new long[capacity + 1];
        for (int i = 0; i < weights.Length; i++)
            for (int c = capacity; c >= weights[i]; c--)
                best[c] = Math.Max(best[c], best[c - weights[i]] + values[i]);
        return best[capacity];
    }

    static void Main()
    {
        string[] t = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(t[0]), capacity = int.Parse(t[1]);
        var weights = new int[n];
        var values = new long[n];
        for (int i = 0; i < n; i++)
        {
            weights[i] = int.Parse(t[2 + 2 * i]);
            values[i] = long.Parse(t[3 + 2 * i]);
        }
        Console.WriteLine(BestValue(weights, values, capacity));
    }
}

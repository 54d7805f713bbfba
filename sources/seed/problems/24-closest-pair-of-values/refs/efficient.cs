using System;

class Program
{
    // After sorting, the closest pair of values sits next to each other.
    static long ClosestDifference(long[] values)
    {
        Array.Sort(values);
        long best = long.MaxValue;
        for (int i = 1; i < values.Length; i++) best = Math.Min(best, values[i] - values[i - 1]);
        return best;
    }

    static void Main()
    {
        string[] t = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(t[0]);
        var values = new long[n];
        for (int i = 0; i < n; i++) values[i] = long.Parse(t[1 + i]);
        Console.WriteLine(ClosestDifference(values));
    }
}

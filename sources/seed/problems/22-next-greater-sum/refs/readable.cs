// Readable reference: the monotonic stack with named steps and comments (same algorithm as efficient).
using System;

class Program
{
    // Scans from the right keeping a stack of candidates, strictly decreasing from bottom to top.
    static long NextGreaterSum(long[] values)
    {
        var candidates = new long[values.Length];
        int size = 0;
        long total = 0;
        for (int i = values.Length - 1; i >= 0; i--)
        {
            long value = values[i];
            while (size > 0 && candidates[size - 1] <= value) size--; // hidden behind value
            total += size > 0 ? candidates[size - 1] : -1;
            candidates[size++] = value;
        }
        return total;
    }

    static void Main()
    {
        string[] t = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(t[0]);
        var values = new long[n];
        for (int i = 0; i < n; i++) values[i] = long.Parse(t[1 + i]);
        Console.WriteLine(NextGreaterSum(values));
    }
}

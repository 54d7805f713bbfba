using System;

class Program
{
    // table[k][i] = min(values[i .. i + 2^k - 1])
    static long[][] BuildSparseTable(long[] values)
    {
        int levels = 1;
        while ((1 << levels) <= values.Length) levels++;
        var table = new long[levels][];
        table[0] = values;
        for (int k = 1; k < levels; k++)
        {
            int width = 1 << (k - 1);
            long[] previous = table[k - 1];
            var next = new long[values.Length - 2 * width + 1];
            for (int i = 0; i < next.Length; i++) next[i] = Math.Min(previous[i], previous[i + width]);
            table[k] = next;
        }
        return table;
    }

    // Minimum of values[left..right] (0-based, inclusive) from two overlapping power-of-two windows.
    static long RangeMin(long[][] table, int left, int right)
    {
        int k = 0;
        while ((2 << k) <= right - left + 1) k++;
        return Math.Min(table[k][left], table[k][right - (1 << k) + 1]);
    }

    static void Main()
    {
        string[] t = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(t[0]), q = int.Parse(t[1]);
        var values = new long[n];
        for (int i = 0; i < n; i++) values[i] = long.Parse(t[2 + i]);
        long[][] table = BuildSparseTable(values);
        long total = 0;
        for (int i = 0, pos = 2 + n; i < q; i++, pos += 2)
            total += RangeMin(table, int.Parse(t[pos]) - 1, int.Parse(t[pos + 1]) - 1);
        Console.WriteLine(total);
    }
}

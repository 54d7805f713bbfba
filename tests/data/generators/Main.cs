using System;
using System.Linq;

class Program
{
    static bool Above(long v, long k) => v > k;

    /// <summary>Count the values above k.</summary>
    static int CountBig(long[] values, long k)
    {
        int count = 0;
        foreach (var v in values)
        {
            if (Above(v, k))
            {
                count++;
            }
        }
        return count;
    }

    static void Main()
    {
        var data = Console.In.ReadToEnd().Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToArray();
        int n = (int)data[0];
        long k = data[1];
        long[] values = data.Skip(2).Take(n).ToArray();
        long total = 0;
        for (int i = 0; i < n; i++)
        {
            if (values[i] > k) total += values[i];
        }
        Console.WriteLine(CountBig(values, k) + " " + total);
    }
}

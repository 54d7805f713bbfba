// Readable reference: the same prefix-sum algorithm as efficient, kept for the readability pair.
using System;
using System.Collections.Generic;
using System.IO;

class Program
{
    // A subarray (i, j] sums to target exactly when prefix[j] - prefix[i] == target.
    static long CountSubarraysWithSum(long[] values, long target)
    {
        var seenPrefixCounts = new Dictionary<long, long> { { 0, 1 } }; // the empty prefix
        long prefix = 0, matches = 0;
        foreach (long value in values)
        {
            prefix += value;
            long earlier;
            if (seenPrefixCounts.TryGetValue(prefix - target, out earlier)) matches += earlier;
            long count;
            seenPrefixCounts.TryGetValue(prefix, out count);
            seenPrefixCounts[prefix] = count + 1;
        }
        return matches;
    }

    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(tokens[0]);
        long target = long.Parse(tokens[1]);
        var values = new long[n];
        for (int i = 0; i < n; i++) values[i] = long.Parse(tokens[2 + i]);
        Console.WriteLine(CountSubarraysWithSum(values, target));
    }
}

using System;
using System.Collections.Generic;

// Counts the index pairs i < j whose values add up to the target.
class Program {
    // Each value pairs with every earlier value equal to its complement.
    static long CountPairsWithSum(long[] values, long target) {
        var seenSoFar = new Dictionary<long, long>();
        long pairs = 0;
        foreach (long value in values) {
            long matches;
            if (seenSoFar.TryGetValue(target - value, out matches)) pairs += matches;
            long seen;
            seenSoFar.TryGetValue(value, out seen);
            seenSoFar[value] = seen + 1;
        }
        return pairs;
    }

    static void Main() {
        string[] tokens = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int count = int.Parse(tokens[0]);
        long target = long.Parse(tokens[1]);
        var values = new long[count];
        for (int i = 0; i < count; i++) values[i] = long.Parse(tokens[2 + i]);
        Console.WriteLine(CountPairsWithSum(values, target));
    }
}

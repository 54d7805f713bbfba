using System;

// Counts the pairs i < j with a[i] > a[j].
class Program {
    const int MaxValue = 1000000;

    // Prefix counts over the values 1..size, each update and query in O(log size).
    sealed class FenwickTree {
        readonly int[] counts;

        public FenwickTree(int size) {
            counts = new int[size + 1];
        }

        public void AddOne(int value) {
            for (int i = value; i < counts.Length; i += i & -i) counts[i]++;
        }

        public long CountAtMost(int value) {
            long total = 0;
            for (int i = value; i > 0; i -= i & -i) total += counts[i];
            return total;
        }
    }

    // Each value forms an inversion with every earlier value that is larger.
    static long CountInversions(int[] sequence) {
        var seen = new FenwickTree(MaxValue);
        long inversions = 0;
        for (int seenSoFar = 0; seenSoFar < sequence.Length; seenSoFar++) {
            inversions += seenSoFar - seen.CountAtMost(sequence[seenSoFar]);
            seen.AddOne(sequence[seenSoFar]);
        }
        return inversions;
    }

    static void Main() {
        string[] tokens = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        var sequence = new int[int.Parse(tokens[0])];
        for (int i = 0; i < sequence.Length; i++) sequence[i] = int.Parse(tokens[1 + i]);
        Console.WriteLine(CountInversions(sequence));
    }
}

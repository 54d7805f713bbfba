using System;

// Length of the longest strictly increasing subsequence.
class Program {
    // First position in sortedTails[0..length) whose value is >= value.
    static int FirstNotSmaller(long[] sortedTails, int length, long value) {
        int low = 0, high = length;
        while (low < high) {
            int middle = (low + high) / 2;
            if (sortedTails[middle] < value) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    // Patience sorting: smallestTail[k] is the smallest last element of an increasing run of length k + 1.
    static int LongestIncreasingLength(long[] sequence) {
        var smallestTail = new long[Math.Max(sequence.Length, 1)];
        int length = 0;
        foreach (long value in sequence) {
            int position = FirstNotSmaller(smallestTail, length, value);
            smallestTail[position] = value;
            if (position == length) length++;
        }
        return length;
    }

    static void Main() {
        string[] tokens = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        var sequence = new long[int.Parse(tokens[0])];
        for (int i = 0; i < sequence.Length; i++) sequence[i] = long.Parse(tokens[1 + i]);
        Console.WriteLine(LongestIncreasingLength(sequence));
    }
}

using System;

class Program
{
    static int n;
    static int[] weights;
    static long[] values;

    // try both leaving item i out and putting it in
    static long Best(int i, int room)
    {
        if (i == n) return 0;
        long result = Best(i + 1, room);
        if (weights[i] <= room) result = Math.Max(result, values[i] + Best(i + 1, room - weights[i]));
        return result;
    }

    static void Main()
    {
        string[] t = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        n = int.Parse(t[0]);
        int capacity = int.Parse(t[1]);
        weights = new int[n];
        values = new long[n];
        for (int i = 0; i < n; i++)
        {
            weights[i] = int.Parse(t[2 + 2 * i]);
            values[i] = long.Parse(t[3 + 2 * i]);
        }
        Console.WriteLine(Best(0, capacity));
    }
}

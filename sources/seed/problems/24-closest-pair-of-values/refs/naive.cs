using System;

class Program
{
    static void Main()
    {
        string[] t = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(t[0]);
        var a = new long[n];
        for (int i = 0; i < n; i++) a[i] = long.Parse(t[1 + i]);
        long best = long.MaxValue;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) best = Math.Min(best, Math.Abs(a[i] - a[j]));
        Console.WriteLine(best);
    }
}

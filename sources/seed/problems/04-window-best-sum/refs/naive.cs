using System;

class Program {
    static void Main() {
        string[] data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        int k = int.Parse(data[1]);
        long[] a = new long[n];
        for (int i = 0; i < n; i++) a[i] = long.Parse(data[2 + i]);
        long best = long.MinValue;
        for (int i = 0; i + k <= n; i++) {
            long sum = 0;
            for (int j = i; j < i + k; j++) sum += a[j];
            best = Math.Max(best, sum);
        }
        Console.WriteLine(best);
    }
}

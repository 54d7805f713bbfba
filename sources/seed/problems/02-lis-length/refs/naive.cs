using System;

class Program {
    static void Main() {
        string[] data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        long[] a = new long[n];
        for (int i = 0; i < n; i++) a[i] = long.Parse(data[1 + i]);
        int[] best = new int[n];
        int answer = 0;
        for (int i = 0; i < n; i++) {
            best[i] = 1;
            for (int j = 0; j < i; j++)
                if (a[j] < a[i] && best[j] + 1 > best[i]) best[i] = best[j] + 1;
            answer = Math.Max(answer, best[i]);
        }
        Console.WriteLine(answer);
    }
}

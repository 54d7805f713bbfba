using System;

class Program {
    static void Main() {
        string[] data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        int q = int.Parse(data[1]);
        var a = new long[n];
        for (int i = 0; i < n; i++) a[i] = long.Parse(data[2 + i]);
        long total = 0, best = long.MinValue;
        for (int i = 0; i < q; i++) {
            int left = int.Parse(data[2 + n + 2 * i]);
            int right = int.Parse(data[3 + n + 2 * i]);
            long answer = 0;
            for (int j = left - 1; j < right; j++) answer += a[j];
            total += answer;
            best = Math.Max(best, answer);
        }
        Console.WriteLine(total + " " + best);
    }
}

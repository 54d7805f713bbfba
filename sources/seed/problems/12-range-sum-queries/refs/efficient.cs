using System;

class Program {
    static void Main() {
        string[] data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        int q = int.Parse(data[1]);
        var prefix = new long[n + 1];
        for (int i = 0; i < n; i++) prefix[i + 1] = prefix[i] + long.Parse(data[2 + i]);
        long total = 0, best = long.MinValue;
        for (int i = 0; i < q; i++) {
            int left = int.Parse(data[2 + n + 2 * i]);
            int right = int.Parse(data[3 + n + 2 * i]);
            long answer = prefix[right] - prefix[left - 1];
            total += answer;
            best = Math.Max(best, answer);
        }
        Console.WriteLine(total + " " + best);
    }
}

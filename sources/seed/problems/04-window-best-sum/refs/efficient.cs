using System;

class Program {
    static void Main() {
        string[] head = Console.ReadLine().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(head[0]);
        int k = int.Parse(head[1]);
        long[] window = new long[k]; // ring buffer of the last k readings
        long total = 0, best = long.MinValue;
        for (int i = 0; i < n; i++) {
            long value = long.Parse(Console.ReadLine());
            int slot = i % k;
            total += value - window[slot];
            window[slot] = value;
            if (i >= k - 1 && total > best) best = total;
        }
        Console.WriteLine(best);
    }
}

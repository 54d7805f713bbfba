using System;
using System.Collections.Generic;

class Program {
    static void Main() {
        string[] head = Console.ReadLine().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(head[0]);
        int k = int.Parse(head[1]);
        int[] window = new int[k];               // ring buffer of the last k values
        var counts = new Dictionary<int, int>(); // occurrences of each value in the window
        long total = 0;
        for (int i = 0; i < n; i++) {
            int value = int.Parse(Console.ReadLine());
            int slot = i % k;
            if (i >= k) {
                int leaving = window[slot];
                if (--counts[leaving] == 0) counts.Remove(leaving);
            }
            window[slot] = value;
            int seen;
            counts.TryGetValue(value, out seen);
            counts[value] = seen + 1;
            if (i >= k - 1) total += counts.Count;
        }
        Console.WriteLine(total);
    }
}

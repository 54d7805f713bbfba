using System;

class Program {
    static void Main() {
        string[] data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        long[] tails = new long[Math.Max(n, 1)]; // smallest tail per subsequence length
        int len = 0;
        for (int i = 0; i < n; i++) {
            long x = long.Parse(data[1 + i]);
            int lo = 0, hi = len;
            while (lo < hi) {
                int mid = (lo + hi) / 2;
                if (tails[mid] < x) lo = mid + 1; else hi = mid;
            }
            tails[lo] = x;
            if (lo == len) len++;
        }
        Console.WriteLine(len);
    }
}

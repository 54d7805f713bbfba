using System;

class Program
{
    static void Main()
    {
        string[] t = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(t[0]), q = int.Parse(t[1]);
        var a = new long[n];
        for (int i = 0; i < n; i++) a[i] = long.Parse(t[2 + i]);
        long total = 0;
        for (int i = 0, pos = 2 + n; i < q; i++, pos += 2)
        {
            int left = int.Parse(t[pos]), right = int.Parse(t[pos + 1]);
            long m = a[left - 1];
            for (int j = left; j < right; j++) if (a[j] < m) m = a[j]; // scan the whole range
            total += m;
        }
        Console.WriteLine(total);
    }
}

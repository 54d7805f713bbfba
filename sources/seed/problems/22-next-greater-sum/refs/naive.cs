using System;

class Program
{
    static void Main()
    {
        string[] t = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(t[0]);
        var a = new long[n];
        for (int i = 0; i < n; i++) a[i] = long.Parse(t[1 + i]);
        long total = 0;
        for (int i = 0; i < n; i++)
        {
            long found = -1;
            for (int j = i + 1; j < n; j++)
            {
                if (a[j] > a[i]) { found = a[j]; break; }
            }
            total += found;
        }
        Console.WriteLine(total);
    }
}

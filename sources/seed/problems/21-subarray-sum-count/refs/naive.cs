using System;

class Program
{
    static void Main()
    {
        string[] t = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(t[0]);
        long k = long.Parse(t[1]);
        var a = new long[n];
        for (int i = 0; i < n; i++) a[i] = long.Parse(t[2 + i]);
        long count = 0;
        for (int i = 0; i < n; i++)
        {
            long s = 0;
            for (int j = i; j < n; j++)
            {
                s += a[j];
                if (s == k) count++;
            }
        }
        Console.WriteLine(count);
    }
}

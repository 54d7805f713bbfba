using System;

class Program
{
    static void Main()
    {
        string a = Console.ReadLine().Trim();
        string b = Console.ReadLine().Trim();
        int n = a.Length, m = b.Length;
        var table = new int[n + 1, m + 1];
        for (int i = 1; i <= n; i++)
            for (int j = 1; j <= m; j++)
                table[i, j] = a[i - 1] == b[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);
        Console.WriteLine(table[n, m]);
    }
}

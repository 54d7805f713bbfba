using System;

class Program
{
    static void Main()
    {
        string s = Console.ReadLine().Trim();
        int n = s.Length, best = 0;
        for (int c = 0; c < n; c++)
        {
            for (int k = 0; k < 2; k++)
            {
                int left = c, right = c + k;
                while (left >= 0 && right < n && s[left] == s[right]) { left--; right++; }
                best = Math.Max(best, right - left - 1);
            }
        }
        Console.WriteLine(best);
    }
}

// Readable reference: Manacher's algorithm with named steps and comments (same algorithm as efficient).
using System;

class Program
{
    // Manacher's algorithm on s with '#' between letters, so odd and even palindromes look alike.
    // radius[i] is how far the palindrome centred at i reaches; it equals the palindrome's length in s.
    static int LongestPalindromeLength(string s)
    {
        var t = new char[2 * s.Length + 1];
        for (int i = 0; i < t.Length; i++) t[i] = i % 2 == 1 ? s[i / 2] : '#';
        var radius = new int[t.Length];
        int center = 0, right = 0, best = 0; // the palindrome reaching furthest right so far
        for (int i = 0; i < t.Length; i++)
        {
            int r = i < right ? Math.Min(right - i, radius[2 * center - i]) : 0; // reuse the mirror's radius
            while (i - r - 1 >= 0 && i + r + 1 < t.Length && t[i - r - 1] == t[i + r + 1]) r++;
            radius[i] = r;
            if (i + r > right) { center = i; right = i + r; }
            best = Math.Max(best, r);
        }
        return best;
    }

    static void Main()
    {
        Console.WriteLine(LongestPalindromeLength(Console.ReadLine().Trim()));
    }
}

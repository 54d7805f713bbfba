using System;

class Program
{
    // Row-by-row dynamic programming: row[j] = LCS of the current prefix of a and b's first j chars.
    static int LcsLength(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        foreach (char charA in a)
        {
            for (int j = 1; j <= b.Length; j++)
                current[j] = charA == b[j - 1] ? previous[j - 1] + 1 : Math.Max(current[j - 1], previous[j]);
            var swap = previous; // only the previous row is ever needed
            previous = current;
            current = swap;
        }
        return previous[b.Length];
    }

    static void Main()
    {
        string a = Console.ReadLine().Trim();
        string b = Console.ReadLine().Trim();
        Console.WriteLine(LcsLength(a, b));
    }
}

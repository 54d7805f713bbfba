using System;

class Program
{
    static void Main()
    {
        int n = int.Parse(Console.ReadLine().Trim());
        var strings = new string[n];
        for (int i = 0; i < n; i++) strings[i] = Console.ReadLine().Trim();
        string first = strings[0];
        int answer = 0;
        // try every prefix length of the first string, longest first, checking all strings each time
        for (int length = first.Length; length >= 0; length--)
        {
            string candidate = first.Substring(0, length);
            bool all = true;
            foreach (string s in strings)
            {
                if (!s.StartsWith(candidate, StringComparison.Ordinal)) { all = false; break; }
            }
            if (all) { answer = length; break; }
        }
        Console.WriteLine(answer);
    }
}

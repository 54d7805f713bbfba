using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        int n = int.Parse(Console.ReadLine().Trim());
        var strings = new List<char[]>();
        for (int i = 0; i < n; i++) strings.Add(Console.ReadLine().Trim().ToCharArray());
        int length = 0;
        while (true)
        {
            bool all = true;
            foreach (char[] s in strings)
                if (length >= s.Length || s[length] != strings[0][length]) { all = false; break; }
            if (!all) break;
            length++;
        }
        Console.WriteLine(length);
    }
}

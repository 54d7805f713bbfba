using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = tokens.Length == 0 ? 0 : int.Parse(tokens[0]);
        var values = new List<long>();
        for (int i = 1; i <= n; i++) values.Add(long.Parse(tokens[i]));
        values.Sort();
        int count = 0;
        for (int i = 0; i < values.Count; i++)
            if (i == 0 || values[i] != values[i - 1]) count++;
        Console.WriteLine(count);
    }
}

using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        string first = Console.ReadLine();
        int n = first == null ? 0 : int.Parse(first.Trim());
        var distinct = new List<long>();
        for (int i = 0; i < n; i++)
        {
            long v = long.Parse(Console.ReadLine().Trim());
            bool found = false;
            for (int j = 0; j < distinct.Count; j++)
            {
                if (distinct[j] == v) { found = true; break; }
            }
            if (!found) distinct.Add(v);
        }
        Console.WriteLine(distinct.Count);
    }
}

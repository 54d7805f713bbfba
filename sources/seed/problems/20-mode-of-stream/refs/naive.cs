using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        int n = int.Parse(Console.ReadLine().Trim());
        var values = new List<long>();
        var counts = new List<int>();
        for (int i = 0; i < n; i++)
        {
            long v = long.Parse(Console.ReadLine().Trim());
            int found = -1;
            for (int j = 0; j < values.Count; j++)
            {
                if (values[j] == v) { found = j; break; }
            }
            if (found >= 0) counts[found]++;
            else { values.Add(v); counts.Add(1); }
        }
        int best = 0;
        for (int i = 1; i < values.Count; i++)
            if (counts[i] > counts[best] || (counts[i] == counts[best] && values[i] < values[best])) best = i;
        Console.WriteLine(values[best] + " " + counts[best]);
    }
}

using System;
using System.Collections.Generic;

class Program {
    static void Main() {
        string[] data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        var distinct = new List<int>();
        for (int i = 0; i < n; i++) {
            int value = int.Parse(data[1 + i]);
            if (!distinct.Contains(value)) distinct.Add(value);
        }
        Console.WriteLine(distinct.Count);
    }
}

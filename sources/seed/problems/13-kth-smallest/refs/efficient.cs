using System;

class Program {
    static void Main() {
        string[] data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        int k = int.Parse(data[1]);
        var values = new long[n];
        for (int i = 0; i < n; i++) values[i] = long.Parse(data[2 + i]);
        Array.Sort(values);
        Console.WriteLine(values[k - 1]);
    }
}

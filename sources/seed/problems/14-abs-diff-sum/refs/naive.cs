using System;

class Program {
    static void Main() {
        string[] data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        var values = new long[n];
        for (int i = 0; i < n; i++) values[i] = long.Parse(data[1 + i]);
        long total = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                total += Math.Abs(values[i] - values[j]);
        Console.WriteLine(total);
    }
}

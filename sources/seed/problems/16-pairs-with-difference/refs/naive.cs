using System;

class Program {
    static void Main() {
        string[] data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        long k = long.Parse(data[1]);
        var values = new long[n];
        for (int i = 0; i < n; i++) values[i] = long.Parse(data[2 + i]);
        long pairs = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                if (Math.Abs(values[i] - values[j]) == k) pairs++;
        Console.WriteLine(pairs);
    }
}

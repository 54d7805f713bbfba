using System;

class Program {
    static void Main() {
        string[] data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        var values = new long[n];
        for (int i = 0; i < n; i++) values[i] = long.Parse(data[1 + i]);
        Array.Sort(values);
        long total = 0, prefix = 0;
        for (int position = 0; position < n; position++) {
            // value is at least every earlier (smaller) value in sorted order
            total += values[position] * position - prefix;
            prefix += values[position];
        }
        Console.WriteLine(total);
    }
}

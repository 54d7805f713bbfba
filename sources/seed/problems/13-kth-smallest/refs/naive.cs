using System;

class Program {
    static void Main() {
        string[] data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        int k = int.Parse(data[1]);
        var values = new long[n];
        for (int i = 0; i < n; i++) values[i] = long.Parse(data[2 + i]);
        int size = n;
        long answer = 0;
        for (int round = 0; round < k; round++) {
            int smallest = 0;
            for (int i = 1; i < size; i++)
                if (values[i] < values[smallest]) smallest = i;
            answer = values[smallest];
            values[smallest] = values[--size]; // remove it
        }
        Console.WriteLine(answer);
    }
}

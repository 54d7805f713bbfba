using System;

class Program {
    static void Main() {
        string[] data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = int.Parse(data[1 + i]);
        long inversions = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                if (a[i] > a[j]) inversions++;
        Console.WriteLine(inversions);
    }
}

using System;

class Program {
    const int MaxValue = 1000000;

    static void Main() {
        string[] data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        int[] tree = new int[MaxValue + 1]; // Fenwick tree: how many values seen so far are <= v
        long inversions = 0;
        for (int seen = 0; seen < n; seen++) {
            int v = int.Parse(data[1 + seen]);
            long notGreater = 0;
            for (int i = v; i > 0; i -= i & -i) notGreater += tree[i];
            inversions += seen - notGreater;
            for (int i = v; i <= MaxValue; i += i & -i) tree[i]++;
        }
        Console.WriteLine(inversions);
    }
}

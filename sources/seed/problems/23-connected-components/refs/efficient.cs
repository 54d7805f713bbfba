using System;

class Program
{
    // Union-find with path halving and union by size.
    sealed class DisjointSets
    {
        readonly int[] parent;
        readonly int[] size;
        public int Count { get; private set; }

        public DisjointSets(int n)
        {
            parent = new int[n];
            size = new int[n];
            for (int i = 0; i < n; i++) { parent[i] = i; size[i] = 1; }
            Count = n;
        }

        int Find(int v)
        {
            while (parent[v] != v)
            {
                parent[v] = parent[parent[v]]; // path halving
                v = parent[v];
            }
            return v;
        }

        public void Union(int a, int b)
        {
            a = Find(a);
            b = Find(b);
            if (a == b) return;
            if (size[a] < size[b]) { int swap = a; a = b; b = swap; }
            parent[b] = a; // hang the smaller tree under the larger one
            size[a] += size[b];
            Count--;
        }
    }

    static void Main()
    {
        string[] t = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(t[0]), m = int.Parse(t[1]);
        var sets = new DisjointSets(n + 1);
        for (int i = 0; i < m; i++) sets.Union(int.Parse(t[2 + 2 * i]), int.Parse(t[3 + 2 * i]));
        Console.WriteLine(sets.Count - 1); // vertex 0 is unused
    }
}

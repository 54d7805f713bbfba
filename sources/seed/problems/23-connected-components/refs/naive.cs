using System;

class Program
{
    static void Main()
    {
        string[] t = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(t[0]), m = int.Parse(t[1]);
        var us = new int[m];
        var vs = new int[m];
        for (int i = 0; i < m; i++) { us[i] = int.Parse(t[2 + 2 * i]); vs[i] = int.Parse(t[3 + 2 * i]); }
        var label = new int[n + 1];
        for (int v = 0; v <= n; v++) label[v] = v;
        bool changed = true;
        while (changed) // push the smallest label across every edge until nothing changes
        {
            changed = false;
            for (int i = 0; i < m; i++)
            {
                int u = us[i], v = vs[i];
                if (label[u] < label[v]) { label[v] = label[u]; changed = true; }
                else if (label[v] < label[u]) { label[u] = label[v]; changed = true; }
            }
        }
        int count = 0;
        for (int v = 1; v <= n; v++) if (label[v] == v) count++;
        Console.WriteLine(count);
    }
}

using System;

class Program {
    static void Main() {
        int n = int.Parse(Console.In.ReadToEnd().Trim());
        int count = 0;
        if (n >= 2) {
            var composite = new bool[n + 1];
            for (long p = 2; p * p <= n; p++)
                if (!composite[p])
                    for (long m = p * p; m <= n; m += p) composite[m] = true;
            for (int k = 2; k <= n; k++) if (!composite[k]) count++;
        }
        Console.WriteLine(count);
    }
}

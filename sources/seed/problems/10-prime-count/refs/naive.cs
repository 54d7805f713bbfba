using System;

class Program {
    static void Main() {
        int n = int.Parse(Console.In.ReadToEnd().Trim());
        int count = 0;
        for (int k = 2; k <= n; k++) {
            bool prime = true;
            for (int d = 2; (long)d * d <= k; d++)
                if (k % d == 0) {
                    prime = false;
                    break;
                }
            if (prime) count++;
        }
        Console.WriteLine(count);
    }
}

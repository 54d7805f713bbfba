using System;

class Program {
    const long Mod = 1000000007L;

    static void Main() {
        string[] data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        int amount = int.Parse(data[1]);
        var ways = new long[amount + 1];
        ways[0] = 1;
        for (int i = 0; i < n; i++) {
            int coin = int.Parse(data[2 + i]);
            var next = new long[amount + 1];
            // use the coin k times for every possible k
            for (int s = 0; s <= amount; s++)
                for (int rest = s; rest >= 0; rest -= coin) next[s] = (next[s] + ways[rest]) % Mod;
            ways = next;
        }
        Console.WriteLine(ways[amount]);
    }
}

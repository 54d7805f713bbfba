using System;

class Program {
    const long Mod = 1000000007L;

    static void Main() {
        string[] data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        int amount = int.Parse(data[1]);
        var ways = new long[amount + 1]; // ways to pay s with the coins seen so far
        ways[0] = 1;
        for (int i = 0; i < n; i++) {
            int coin = int.Parse(data[2 + i]);
            for (int s = coin; s <= amount; s++) ways[s] = (ways[s] + ways[s - coin]) % Mod;
        }
        Console.WriteLine(ways[amount]);
    }
}

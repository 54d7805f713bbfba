using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        int m = int.Parse(tokens[0]);
        var secrets = new Dictionary<string, string>();
        for (int i = 0; i < m; i++) secrets[tokens[1 + 2 * i]] = tokens[2 + 2 * i];
        int n = int.Parse(tokens[1 + 2 * m]);
        int start = 2 + 2 * m, accepted = 0;
        for (int i = 0; i < n; i++)
        {
            string secret;
            if (secrets.TryGetValue(tokens[start + 2 * i], out secret) && secret == tokens[start + 2 * i + 1]) accepted++;
        }
        Console.WriteLine(accepted + " " + (n - accepted));
    }
}

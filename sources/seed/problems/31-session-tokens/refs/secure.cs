using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

class Program
{
    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0) return;
        int n = int.Parse(tokens[0]);
        var issued = new HashSet<string>();
        long total = 0;
        int count = 0;
        using (RandomNumberGenerator generator = RandomNumberGenerator.Create())
        {
            for (; count < n && 2 + 2 * count < tokens.Length; count++)
            {
                byte[] bytes = new byte[int.Parse(tokens[2 + 2 * count])];
                generator.GetBytes(bytes);
                var token = new StringBuilder();
                foreach (byte b in bytes) token.Append(b.ToString("x2"));
                total += token.Length;
                issued.Add(token.ToString());
            }
        }
        Console.WriteLine(count + " " + total + " " + issued.Count);
    }
}

using System;

class Program
{
    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0) return;
        int n = int.Parse(tokens[0]);
        long total = 0;
        for (int i = 0; i < n && 2 + 2 * i < tokens.Length; i++)
        {
            int quantity = int.Parse(tokens[1 + 2 * i]);
            int price = int.Parse(tokens[2 + 2 * i]);
            int line = unchecked(quantity * price);
            total += line;
        }
        Console.WriteLine(total);
    }
}

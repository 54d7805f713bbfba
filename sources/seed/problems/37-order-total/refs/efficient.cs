using System;

class Program
{
    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0) return;
        int n = int.Parse(tokens[0]);
        long total = 0;
        try
        {
            for (int i = 0; i < n && 2 + 2 * i < tokens.Length; i++)
            {
                long quantity = long.Parse(tokens[1 + 2 * i]);
                long price = long.Parse(tokens[2 + 2 * i]);
                // checked arithmetic throws OverflowException instead of wrapping around.
                total = checked(total + quantity * price);
            }
        }
        catch (OverflowException)
        {
            Console.WriteLine("OVERFLOW");
            return;
        }
        Console.WriteLine(total);
    }
}

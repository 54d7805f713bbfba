using System;
using System.IO;
using System.Text;

class Program
{
    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0) return;
        int n = int.Parse(tokens[0]);
        var output = new StringBuilder();
        for (int i = 1; i <= n && i < tokens.Length; i++)
        {
            output.Append("Hello, ").Append(tokens[i]).Append("!\n");
        }
        Console.Out.Write(output.ToString());
    }
}

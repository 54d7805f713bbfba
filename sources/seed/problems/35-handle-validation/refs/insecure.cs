using System;
using System.Text;
using System.Text.RegularExpressions;

class Program
{
    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0) return;
        int n = int.Parse(tokens[0]);
        var handle = new Regex("^([a-z0-9]+[.-]?)*[a-z0-9]$");
        var output = new StringBuilder();
        for (int i = 1; i <= n && i < tokens.Length; i++) output.Append(handle.IsMatch(tokens[i]) ? "OK\n" : "BAD\n");
        Console.Out.Write(output.ToString());
    }
}

using System;
using System.Collections.Generic;
using System.Text;

class Program
{
    const string Base = "/srv/files";

    static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (string part in path.Split('/'))
        {
            if (part.Length == 0 || part == ".") continue;
            if (part == "..")
            {
                if (parts.Count > 0) parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }
        return "/" + string.Join("/", parts);
    }

    static string Resolve(string request)
    {
        if (request.StartsWith("..", StringComparison.Ordinal)) return "REJECTED";
        return Normalize(Base + "/" + request);
    }

    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0) return;
        int n = int.Parse(tokens[0]);
        var output = new StringBuilder();
        for (int i = 1; i <= n && i < tokens.Length; i++) output.Append(Resolve(tokens[i])).Append('\n');
        Console.Out.Write(output.ToString());
    }
}

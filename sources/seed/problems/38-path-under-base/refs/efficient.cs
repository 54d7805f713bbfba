using System;
using System.Collections.Generic;
using System.Text;

class Program
{
    const string Base = "/srv/files";

    // Lexical normalisation: drop empty and "." components, ".." removes the previous one.
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

    // Normalise first, then check containment on whole path components.
    static string Resolve(string request)
    {
        string path = Normalize(Base + "/" + request);
        return path == Base || path.StartsWith(Base + "/", StringComparison.Ordinal) ? path : "REJECTED";
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

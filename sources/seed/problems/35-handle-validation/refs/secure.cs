using System;
using System.Text;

class Program
{
    // One left-to-right pass: word characters, single separators, no separator at either end.
    static bool IsValidHandle(string handle)
    {
        bool previousWasSeparator = true; // a handle may not start with a separator
        foreach (char c in handle)
        {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            {
                previousWasSeparator = false;
            }
            else if ((c == '.' || c == '-') && !previousWasSeparator)
            {
                previousWasSeparator = true;
            }
            else
            {
                return false;
            }
        }
        return handle.Length > 0 && !previousWasSeparator;
    }

    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0) return;
        int n = int.Parse(tokens[0]);
        var output = new StringBuilder();
        for (int i = 1; i <= n && i < tokens.Length; i++) output.Append(IsValidHandle(tokens[i]) ? "OK\n" : "BAD\n");
        Console.Out.Write(output.ToString());
    }
}

using System;
using System.Text;

class Program
{
    // Substitutes %s placeholders and %% escapes without interpreting the template as a format.
    static string Fill(string template, string[] fields)
    {
        var output = new StringBuilder();
        int next = 0;
        for (int i = 0; i < template.Length; i++)
        {
            char following = i + 1 < template.Length ? template[i + 1] : '\0';
            if (template[i] == '%' && following == 's')
            {
                output.Append(fields[next++]);
                i++;
            }
            else if (template[i] == '%' && following == '%')
            {
                output.Append('%');
                i++;
            }
            else
            {
                output.Append(template[i]);
            }
        }
        return output.ToString();
    }

    static void Main()
    {
        string template = Console.In.ReadLine();
        if (template == null) return;
        int n = int.Parse(Console.In.ReadLine().Trim());
        var result = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            string line = Console.In.ReadLine();
            if (line == null) break;
            result.Append(Fill(template.TrimEnd('\r'), line.Split(new[] { ' ', '\t', '\r' }, StringSplitOptions.RemoveEmptyEntries))).Append('\n');
        }
        Console.Out.Write(result.ToString());
    }
}

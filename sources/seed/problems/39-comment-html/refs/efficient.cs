using System;
using System.Net;
using System.Text;

class Program
{
    static void Main()
    {
        string first = Console.In.ReadLine();
        int n = first == null ? 0 : int.Parse(first.Trim());
        var output = new StringBuilder("<ul>\n");
        for (int i = 0; i < n; i++)
        {
            string line = Console.In.ReadLine();
            if (line == null) break;
            int space = line.IndexOf(' ');
            string author = space < 0 ? line : line.Substring(0, space);
            string text = space < 0 ? "" : line.Substring(space + 1);
            // HtmlEncode turns & < > " ' into character references.
            output.Append("<li><b>").Append(WebUtility.HtmlEncode(author)).Append("</b>: ")
                  .Append(WebUtility.HtmlEncode(text)).Append("</li>\n");
        }
        output.Append("</ul>\n");
        Console.Out.Write(output.ToString());
    }
}

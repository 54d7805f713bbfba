using System;
using System.Collections.Generic;
using System.Text;

class Program
{
    static readonly HashSet<string> Columns = new HashSet<string> { "id", "name", "email", "role", "city", "status" };

    // A SQL string literal: quoted, with embedded quotes doubled.
    static string QuoteLiteral(string value)
    {
        return "'" + value.Replace("'", "''") + "'";
    }

    // Appends only allow-listed column names and escaped literals to the fixed statement text.
    static string BuildQuery(string[] tokens)
    {
        int k = int.Parse(tokens[0]);
        var query = new StringBuilder("SELECT * FROM users");
        for (int j = 0; j < k; j++)
        {
            string column = tokens[1 + 2 * j];
            if (!Columns.Contains(column)) return "INVALID";
            query.Append(j == 0 ? " WHERE " : " AND ").Append(column).Append(" = ").Append(QuoteLiteral(tokens[2 + 2 * j]));
        }
        return query.Append(';').ToString();
    }

    static void Main()
    {
        string first = Console.In.ReadLine();
        if (first == null) return;
        int n = int.Parse(first.Trim());
        var output = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            string line = Console.In.ReadLine();
            if (line == null) break;
            output.Append(BuildQuery(line.Split(new[] { ' ', '\t', '\r' }, StringSplitOptions.RemoveEmptyEntries))).Append('\n');
        }
        Console.Out.Write(output.ToString());
    }
}

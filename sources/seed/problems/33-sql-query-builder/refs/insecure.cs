using System;
using System.Text;

class Program
{
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
            string[] tokens = line.Split(new[] { ' ', '\t', '\r' }, StringSplitOptions.RemoveEmptyEntries);
            int k = int.Parse(tokens[0]);
            string query = "SELECT * FROM users";
            for (int j = 0; j < k; j++)
            {
                query += (j == 0 ? " WHERE " : " AND ") + $"{tokens[1 + 2 * j]} = '{tokens[2 + 2 * j]}'";
            }
            output.Append(query).Append(";\n");
        }
        Console.Out.Write(output.ToString());
    }
}

using System;
using System.Text;

class Program
{
    const int FieldSize = 16;

    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0) return;
        int n = int.Parse(tokens[0]);
        var output = new StringBuilder();
        var field = new byte[FieldSize];
        for (int i = 1; i <= n && i < tokens.Length; i++)
        {
            byte[] name = Encoding.ASCII.GetBytes(tokens[i]);
            // The field keeps at most FieldSize - 1 bytes; the last byte is the terminator.
            int length = Math.Min(name.Length, FieldSize - 1);
            Array.Copy(name, field, length);
            output.Append(Encoding.ASCII.GetString(field, 0, length)).Append('\n');
        }
        Console.Out.Write(output.ToString());
    }
}

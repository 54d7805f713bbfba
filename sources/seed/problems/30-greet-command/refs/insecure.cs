using System;
using System.Diagnostics;
using System.Text;

class Program
{
    const int Chunk = 200;

    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0) return;
        int n = Math.Min(int.Parse(tokens[0]), tokens.Length - 1);
        var output = new StringBuilder();
        for (int start = 1; start <= n; start += Chunk)
        {
            var command = new StringBuilder();
            for (int i = start; i <= n && i < start + Chunk; i++)
            {
                command.Append("echo Hello, ").Append(tokens[i]).Append("!; ");
            }
            var info = new ProcessStartInfo("/bin/sh", "-c \"" + command + "\"")
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
            };
            using (Process process = Process.Start(info))
            {
                output.Append(process.StandardOutput.ReadToEnd());
                process.WaitForExit();
            }
        }
        Console.Out.Write(output.ToString());
    }
}

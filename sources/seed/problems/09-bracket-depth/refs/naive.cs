using System;
using System.Text.RegularExpressions;

class Program {
    static void Main() {
        Console.ReadLine();
        string line = Console.ReadLine();
        string text = line == null ? "" : line.Trim();
        var innermost = new Regex(@"\(\)|\[\]|\{\}");
        int rounds = 0;
        while (text.Length > 0) {
            string shorter = innermost.Replace(text, "");
            if (shorter == text) break;
            text = shorter;
            rounds++;
        }
        Console.WriteLine(text.Length == 0 ? rounds : -1);
    }
}

using System;
using System.Collections.Generic;

// Maximum nesting depth of a bracket string, or -1 when it is not balanced.
class Program {
    const int Unbalanced = -1;

    static readonly Dictionary<char, char> OpenerOf = new Dictionary<char, char> { { ')', '(' }, { ']', '[' }, { '}', '{' } };

    // Keep the open brackets on a stack; a closer must match the most recent opener.
    static int NestingDepth(string brackets) {
        var openBrackets = new Stack<char>();
        int deepest = 0;
        foreach (char bracket in brackets) {
            char opener;
            if (OpenerOf.TryGetValue(bracket, out opener)) {
                if (openBrackets.Count == 0 || openBrackets.Pop() != opener) return Unbalanced;
            } else {
                openBrackets.Push(bracket);
                deepest = Math.Max(deepest, openBrackets.Count);
            }
        }
        return openBrackets.Count == 0 ? deepest : Unbalanced;
    }

    static void Main() {
        Console.ReadLine(); // the length, implied by the string itself
        string line = Console.ReadLine();
        Console.WriteLine(NestingDepth(line == null ? "" : line.Trim()));
    }
}

using System;

class Program {
    static void Main() {
        Console.ReadLine();
        string line = Console.ReadLine();
        string text = line == null ? "" : line.Trim();
        char[] stack = new char[text.Length];
        int size = 0, depth = 0;
        bool broken = false;
        foreach (char ch in text) {
            if (ch == ')' || ch == ']' || ch == '}') {
                char opener = ch == ')' ? '(' : ch == ']' ? '[' : '{';
                if (size == 0 || stack[--size] != opener) {
                    broken = true;
                    break;
                }
            } else {
                stack[size++] = ch;
                depth = Math.Max(depth, size);
            }
        }
        Console.WriteLine(broken || size > 0 ? -1 : depth);
    }
}

using System;
using System.Text;

class Program
{
    // Recursive-descent evaluator for + - * ( ) and unary minus over longs.
    class Parser
    {
        private readonly string text;
        private int pos;

        public Parser(string text)
        {
            this.text = text;
        }

        private char Peek()
        {
            while (pos < text.Length && (text[pos] == ' ' || text[pos] == '\r')) pos++;
            return pos < text.Length ? text[pos] : '\0';
        }

        public long Expression()
        {
            long value = Term();
            for (char op = Peek(); op == '+' || op == '-'; op = Peek())
            {
                pos++;
                long right = Term();
                value = op == '+' ? value + right : value - right;
            }
            return value;
        }

        private long Term()
        {
            long value = Factor();
            while (Peek() == '*')
            {
                pos++;
                value *= Factor();
            }
            return value;
        }

        private long Factor()
        {
            char c = Peek();
            if (c == '-')
            {
                pos++;
                return -Factor();
            }
            if (c == '(')
            {
                pos++;
                long value = Expression();
                if (Peek() == ')') pos++;
                return value;
            }
            long number = 0;
            while (pos < text.Length && char.IsDigit(text[pos])) number = number * 10 + (text[pos++] - '0');
            return number;
        }
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
            output.Append(new Parser(line).Expression()).Append('\n');
        }
        Console.Out.Write(output.ToString());
    }
}

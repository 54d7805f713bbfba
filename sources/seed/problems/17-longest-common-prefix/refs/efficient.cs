using System;
using System.IO;

class Program
{
    static readonly Stream Input = Console.OpenStandardInput();
    static readonly byte[] Buffer = new byte[1 << 16];
    static int length, position;

    // Next byte of stdin, or -1 at the end (no allocation per byte or per line).
    static int Read()
    {
        if (position == length)
        {
            length = Input.Read(Buffer, 0, Buffer.Length);
            position = 0;
            if (length <= 0) return -1;
        }
        return Buffer[position++];
    }

    // Streams the strings, matching each against the first one: only the first string is kept.
    static void Main()
    {
        int c, n = 0;
        while ((c = Read()) != -1 && c != '\n') if (c >= '0' && c <= '9') n = n * 10 + (c - '0');
        var first = new byte[64];
        int firstLength = 0;
        while ((c = Read()) != -1 && c != '\n')
        {
            if (c == '\r') continue;
            if (firstLength == first.Length) Array.Resize(ref first, firstLength * 2);
            first[firstLength++] = (byte)c;
        }
        int common = firstLength;
        for (int line = 1; line < n; line++)
        {
            int matched = 0;
            bool matching = true;
            while ((c = Read()) != -1 && c != '\n')
            {
                if (c == '\r') continue;
                if (matching && matched < common && c == first[matched]) matched++;
                else matching = false;
            }
            common = Math.Min(common, matched);
        }
        Console.WriteLine(common);
    }
}

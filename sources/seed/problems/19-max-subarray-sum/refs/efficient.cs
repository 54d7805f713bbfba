using System;
using System.Collections.Generic;
using System.IO;

class Program
{
    // Reads whitespace-separated integers from a byte stream without allocating per value.
    sealed class IntReader
    {
        readonly Stream input;
        readonly byte[] buffer = new byte[1 << 16];
        int length, position;

        public IntReader(Stream input) { this.input = input; }

        int Read()
        {
            if (position == length)
            {
                length = input.Read(buffer, 0, buffer.Length);
                position = 0;
                if (length <= 0) return -1;
            }
            return buffer[position++];
        }

        public long NextLong()
        {
            int c = Read();
            while (c != -1 && c != '-' && (c < '0' || c > '9')) c = Read();
            bool negative = c == '-';
            if (negative) c = Read();
            long value = 0;
            while (c >= '0' && c <= '9')
            {
                value = value * 10 + (c - '0');
                c = Read();
            }
            return negative ? -value : value;
        }
    }

    static void Main()
    {
        var reader = new IntReader(Console.OpenStandardInput());
        long n = reader.NextLong();
        // Kadane's scan: the best run ending here either extends the previous one or starts afresh.
        long best = long.MinValue, endingHere = 0;
        for (long i = 0; i < n; i++)
        {
            long value = reader.NextLong();
            endingHere = Math.Max(value, endingHere + value);
            best = Math.Max(best, endingHere);
        }
        Console.WriteLine(best);
    }
}

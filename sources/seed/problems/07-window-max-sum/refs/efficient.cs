using System;

class Program {
    static void Main() {
        string[] head = Console.ReadLine().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(head[0]);
        int k = int.Parse(head[1]);
        int[] ringIndex = new int[k];   // monotonic deque of the window's possible maxima,
        long[] ringValue = new long[k]; // kept in a ring of size k
        int front = 0, size = 0;
        long total = 0;
        for (int i = 0; i < n; i++) {
            long value = long.Parse(Console.ReadLine());
            if (size > 0 && ringIndex[front] <= i - k) {
                front = (front + 1) % k;
                size--;
            }
            while (size > 0 && ringValue[(front + size - 1) % k] <= value) size--;
            int back = (front + size) % k;
            ringIndex[back] = i;
            ringValue[back] = value;
            size++;
            if (i >= k - 1) total += ringValue[front];
        }
        Console.WriteLine(total);
    }
}

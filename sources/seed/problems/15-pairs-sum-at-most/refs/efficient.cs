using System;

class Program {
    static void Main() {
        string[] data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        long limit = long.Parse(data[1]);
        var values = new long[n];
        for (int i = 0; i < n; i++) values[i] = long.Parse(data[2 + i]);
        Array.Sort(values);
        long pairs = 0;
        int low = 0, high = n - 1;
        while (low < high) {
            if (values[low] + values[high] <= limit) {
                // values[low] pairs with every value from low+1 to high
                pairs += high - low;
                low++;
            } else {
                high--;
            }
        }
        Console.WriteLine(pairs);
    }
}

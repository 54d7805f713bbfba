using System;
class Program {
    static void Open(string name) {
        Console.WriteLine("would open " + name);
    }
}

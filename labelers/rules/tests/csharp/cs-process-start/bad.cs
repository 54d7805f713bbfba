using System.Diagnostics;
class Program {
    static void Main() {
        string name = System.Console.ReadLine();
        Process.Start("/bin/sh", "-c \"echo " + name + "\"");
    }
}

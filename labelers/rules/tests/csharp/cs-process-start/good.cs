using System.Diagnostics;
class Program {
    static void Main() {
        string name = System.Console.ReadLine();
        var info = new ProcessStartInfo { FileName = "echo", UseShellExecute = false };
        info.ArgumentList.Add(name);
        Process.Start(info);
    }
}

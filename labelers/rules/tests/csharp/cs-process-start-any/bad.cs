using System.Diagnostics;
class Program {
    static void Open(ProcessStartInfo info) {
        Process.Start(info);
    }
}

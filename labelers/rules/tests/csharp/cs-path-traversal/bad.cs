using System.IO;
class Program {
    static string Read(string baseDir, string name) {
        return File.ReadAllText(Path.Combine(baseDir, name));
    }
}

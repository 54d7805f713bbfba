using System.IO;
class Program {
    static string Read(string baseDir, string name) {
        string full = Path.GetFullPath(Path.Combine(baseDir, name));
        if (!full.StartsWith(Path.GetFullPath(baseDir) + Path.DirectorySeparatorChar)) throw new IOException("outside");
        return File.ReadAllText(full);
    }
}

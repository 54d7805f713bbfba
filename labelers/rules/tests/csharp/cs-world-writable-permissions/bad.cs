using System.IO;

class Publisher
{
    static void Publish(string path, string data)
    {
        File.WriteAllText(path, data);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead | UnixFileMode.OtherWrite);
    }
}

using System.IO;
class Program {
    static int Load(Stream s) {
        var reader = new BinaryReader(s);
        return reader.ReadInt32();
    }
}

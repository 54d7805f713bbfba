using System.IO;
using System.Runtime.Serialization.Formatters.Binary;
class Program {
    static object Load(Stream s) {
        var formatter = new BinaryFormatter();
        return formatter.Deserialize(s);
    }
}

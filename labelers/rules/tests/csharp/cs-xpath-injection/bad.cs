using System.Xml;
class Program {
    static XmlNode Find(XmlDocument doc, string name) {
        return doc.SelectSingleNode("//user[@name='" + name + "']");
    }
}

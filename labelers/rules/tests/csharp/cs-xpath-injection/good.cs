using System.Xml;
class Program {
    static XmlNode Find(XmlDocument doc) {
        return doc.SelectSingleNode("//user[@role='admin']");
    }
}

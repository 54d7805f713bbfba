using System.Xml;
class Program {
    static XmlReader Open(System.IO.Stream s) {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit };
        return XmlReader.Create(s, settings);
    }
}

using System.Xml;
class Program {
    static XmlReader Open(System.IO.Stream s) {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse };
        return XmlReader.Create(s, settings);
    }
}

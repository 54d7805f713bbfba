class Program {
    static string Resolve(string request) {
        string full = System.IO.Path.GetFullPath("/srv/" + request);
        return full.StartsWith("/srv/", System.StringComparison.Ordinal) ? full : null;
    }
}

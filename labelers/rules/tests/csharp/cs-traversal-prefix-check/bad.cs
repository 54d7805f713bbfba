class Program {
    static string Resolve(string request) {
        if (request.StartsWith("..", System.StringComparison.Ordinal)) return null;
        return "/srv/" + request;
    }
}

class Program {
    static string Item(string author, string text) {
        return $"<li><b>{author}</b>: {text}</li>";
    }
}

class Program {
    static string Item(string author, string text) {
        return $"<li><b>{System.Net.WebUtility.HtmlEncode(author)}</b></li>";
    }
}

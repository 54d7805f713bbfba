class Program {
    static System.Text.RegularExpressions.Regex Handle = new System.Text.RegularExpressions.Regex("^[a-z0-9]+(?:[.-][a-z0-9]+)*$");
}

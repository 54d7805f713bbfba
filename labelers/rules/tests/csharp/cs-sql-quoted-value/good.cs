class Program {
    static string Cond(string column) {
        return $"{column} = @value";
    }
}

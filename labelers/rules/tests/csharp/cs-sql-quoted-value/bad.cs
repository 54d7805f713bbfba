class Program {
    static string Cond(string column, string value) {
        return $"{column} = '{value}'";
    }
}

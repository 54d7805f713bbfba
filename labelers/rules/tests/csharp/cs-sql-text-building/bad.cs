class Program {
    static string Query(int id) {
        return $"SELECT * FROM likes WHERE id = {id}";
    }
}

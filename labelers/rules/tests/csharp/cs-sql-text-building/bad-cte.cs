class Program {
    static string Recent(int id) {
        return "WITH mine AS (SELECT * FROM likes WHERE id = " + id + ") SELECT count(*) FROM mine";
    }
}

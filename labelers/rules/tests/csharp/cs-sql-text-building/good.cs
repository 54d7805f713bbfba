class Program {
    static string Query() {
        return "SELECT * FROM likes WHERE user = @user";
    }

    // one query text split over two lines and joined with +: a constant
    static string ByCity() {
        return "SELECT id FROM users " +
               "WHERE city = @city";
    }
}

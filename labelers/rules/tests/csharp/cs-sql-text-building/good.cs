class Program {
    static string Query() {
        return "SELECT * FROM likes WHERE user = @user";
    }
}

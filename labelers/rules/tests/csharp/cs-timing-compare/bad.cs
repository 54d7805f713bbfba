class Program {
    static bool Check(string secret, string presented) {
        return secret == presented;
    }
}

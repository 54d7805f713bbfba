class Program {
    static int Token() {
        var random = new System.Random();
        return random.Next();
    }
}

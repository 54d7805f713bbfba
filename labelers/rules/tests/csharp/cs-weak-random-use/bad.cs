class Program {
    static System.Random rng = new System.Random();
    static int Roll(System.Random random) {
        return random.Next(6);
    }
}

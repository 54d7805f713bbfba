class Program {
    static long Line(int quantity, int price) {
        long line = checked((long)quantity * price);
        return line;
    }
}

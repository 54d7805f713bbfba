class Program {
    static long Line(int quantity, int price) {
        int line = unchecked(quantity * price);
        return line;
    }
}

public class Main {
    private final java.util.Random random;
    Main(java.util.Random random) { this.random = random; }
    int roll() {
        return random.nextInt(6);
    }
}

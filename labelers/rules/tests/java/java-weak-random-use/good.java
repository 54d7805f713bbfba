import java.security.SecureRandom;
public class Main {
    private final SecureRandom random = new SecureRandom();
    int roll() {
        return random.nextInt(6);
    }
}

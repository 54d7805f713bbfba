import java.security.SecureRandom;
public class Main {
    static int token() {
        SecureRandom random = new SecureRandom();
        return random.nextInt();
    }
}

import java.util.Random;
public class Main {
    static int token() {
        Random random = new Random();
        return random.nextInt();
    }
}

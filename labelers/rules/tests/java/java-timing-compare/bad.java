public class Main {
    static boolean check(String secret, String presented) {
        return secret.equals(presented);
    }
}

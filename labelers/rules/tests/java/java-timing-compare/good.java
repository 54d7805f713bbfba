public class Main {
    static boolean check(byte[] secret, byte[] presented) {
        return java.security.MessageDigest.isEqual(secret, presented);
    }
}

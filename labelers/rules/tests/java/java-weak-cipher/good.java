import javax.crypto.Cipher;
public class Main {
    static Cipher make() throws Exception {
        return Cipher.getInstance("AES/GCM/NoPadding");
    }
}

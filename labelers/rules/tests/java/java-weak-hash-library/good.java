import com.google.common.hash.Hashing;
public class Main {
    static String digest(String text) {
        return Hashing.sha256().hashString(text, java.nio.charset.StandardCharsets.UTF_8).toString();
    }
}

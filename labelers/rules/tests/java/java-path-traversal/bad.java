import java.io.*;
public class Main {
    static String read(String base, String name) throws IOException {
        File file = new File(base, name);
        return new String(java.nio.file.Files.readAllBytes(file.toPath()));
    }
}

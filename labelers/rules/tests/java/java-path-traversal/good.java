import java.io.*;
public class Main {
    static String read(String base, String name) throws IOException {
        File file = new File(base, name);
        String canonical = file.getCanonicalPath();
        if (!canonical.startsWith(new File(base).getCanonicalPath() + File.separator)) throw new IOException("outside");
        return new String(java.nio.file.Files.readAllBytes(file.toPath()));
    }
}

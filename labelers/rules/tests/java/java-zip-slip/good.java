import java.io.*;
import java.nio.file.*;
import java.util.zip.*;

class Unzip {
    static void extract(ZipInputStream zip, File target) throws IOException {
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            File out = new File(target, entry.getName());
            if (!out.toPath().normalize().startsWith(target.toPath().normalize())) {
                throw new IOException("entry outside the target directory: " + entry.getName());
            }
            Files.copy(zip, out.toPath());
        }
    }
}

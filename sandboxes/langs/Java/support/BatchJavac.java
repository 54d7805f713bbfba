import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles each directory named on the command line on its own, all in this one JVM, so javac's start-up
 * is paid once per batch instead of once per candidate. Per directory it runs what the per-candidate step
 * runs ({@code javac -nowarn -encoding UTF-8 -d DIR DIR/*.java}) and writes "exit-status milliseconds" to
 * DIR/.javac-status and javac's messages to DIR/.javac-output. Run with the JDK's source launcher:
 * {@code java BatchJavac.java DIR...}.
 */
public class BatchJavac {
    public static void main(String[] args) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        for (String dir : args) {
            List<String> options = new ArrayList<>(List.of("-nowarn", "-encoding", "UTF-8", "-d", dir));
            try (DirectoryStream<Path> sources = Files.newDirectoryStream(Paths.get(dir), "*.java")) {
                for (Path source : sources) {
                    options.add(source.toString());
                }
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            long started = System.nanoTime();
            int status = javac.run(null, output, output, options.toArray(new String[0]));
            long elapsedMs = (System.nanoTime() - started) / 1_000_000;
            Files.write(Paths.get(dir, ".javac-output"), output.toByteArray());
            Files.writeString(Paths.get(dir, ".javac-status"), status + " " + elapsedMs + "\n");
        }
    }
}

public class Main {
    static String resolve(String request) {
        java.nio.file.Path p = java.nio.file.Paths.get("/srv").resolve(request).normalize();
        return p.startsWith("/srv") ? p.toString() : null;
    }
}

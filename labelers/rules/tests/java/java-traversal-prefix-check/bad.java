public class Main {
    static String resolve(String request) {
        if (request.startsWith("..")) return null;
        return "/srv/" + request;
    }
}

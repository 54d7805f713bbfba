public class Main {
    static Object make(String className) throws Exception {
        if (className.equals("list")) return new java.util.ArrayList<String>();
        return new java.util.HashMap<String, String>();
    }
}

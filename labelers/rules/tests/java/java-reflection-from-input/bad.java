public class Main {
    static Object make(String className) throws Exception {
        return Class.forName(className).getDeclaredConstructor().newInstance();
    }
}

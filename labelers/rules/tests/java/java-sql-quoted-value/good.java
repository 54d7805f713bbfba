public class Main {
    static String cond(String column) {
        return column + " = ?";
    }
}

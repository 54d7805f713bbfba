public class Main {
    static String cond(String column, String value) {
        return column + " = '" + value + "'";
    }
}

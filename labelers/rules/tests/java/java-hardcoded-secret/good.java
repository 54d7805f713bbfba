public class Main {
    static final String DB_PASSWORD = System.getenv("DB_PASSWORD");
    public static void main(String[] args) {
        String apiKey = System.getenv("API_KEY");
        System.out.println(apiKey == null ? 0 : apiKey.length());
    }
}

public class Main {
    static final String DB_PASSWORD = "s3cr3t-passw0rd";
    public static void main(String[] args) {
        String apiKey = "AKIA1234567890";
        System.out.println(apiKey.length());
    }
}

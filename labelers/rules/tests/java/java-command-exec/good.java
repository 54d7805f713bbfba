public class Main {
    public static void main(String[] args) throws Exception {
        String name = new java.util.Scanner(System.in).nextLine();
        Process p = new ProcessBuilder("echo", name).start();
    }
}

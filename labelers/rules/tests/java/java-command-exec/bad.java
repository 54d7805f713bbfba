public class Main {
    public static void main(String[] args) throws Exception {
        String name = new java.util.Scanner(System.in).nextLine();
        Process p = Runtime.getRuntime().exec("echo " + name);
        new ProcessBuilder("sh", "-c", "ls " + name).start();
    }
}

import java.io.*;
public class Main {
    public static void main(String[] args) throws Exception {
        DataInputStream in = new DataInputStream(System.in);
        int value = in.readInt();
        System.out.println(value);
    }
}

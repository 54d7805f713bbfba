import java.io.*;
public class Main {
    public static void main(String[] args) throws Exception {
        ObjectInputStream in = new ObjectInputStream(System.in);
        Object value = in.readObject();
        System.out.println(value);
    }
}

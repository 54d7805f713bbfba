import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;

public class Main {
    static Session open(String user, String host) throws Exception {
        JSch jsch = new JSch();
        jsch.setKnownHosts("/home/deploy/.ssh/known_hosts");
        Session session = jsch.getSession(user, host, 22);
        session.setConfig("StrictHostKeyChecking", "yes");
        session.connect();
        return session;
    }
}

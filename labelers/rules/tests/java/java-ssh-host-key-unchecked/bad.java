import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;
import java.util.Properties;

public class Main {
    static Session open(String user, String host) throws Exception {
        Session session = new JSch().getSession(user, host, 22);
        session.setConfig("StrictHostKeyChecking", "no");
        Properties config = new Properties();
        config.put("StrictHostKeyChecking", "no");
        session.setConfig(config);
        session.connect();
        return session;
    }
}

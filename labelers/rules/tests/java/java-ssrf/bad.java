import java.io.InputStream;
import java.io.IOException;
import java.net.URL;
import javax.servlet.http.*;

public class PreviewServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = request.getParameter("url");
        try (InputStream in = new URL(target).openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }
}

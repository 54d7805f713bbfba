import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.http.*;
import org.owasp.encoder.Encode;

public class GreetServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        response.setContentType("text/html");
        PrintWriter out = response.getWriter();
        out.println("<h1>Hello, " + Encode.forHtml(name) + "</h1>");
    }
}

import java.io.IOException;
import javax.servlet.http.*;

public class LoginServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.getSession().setAttribute("user", request.getRemoteUser());
        String next = request.getParameter("next");
        response.sendRedirect(next);
    }
}

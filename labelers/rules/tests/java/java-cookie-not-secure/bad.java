import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

class Session {
    static void remember(HttpServletResponse response, String token) {
        Cookie cookie = new Cookie("session", token);
        cookie.setHttpOnly(true);
        cookie.setPath("/");
        response.addCookie(cookie);
    }
}

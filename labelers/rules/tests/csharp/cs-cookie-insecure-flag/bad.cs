using Microsoft.AspNetCore.Http;
class SessionCookie {
    static void Issue(HttpResponse response, string token) {
        var options = new CookieOptions { HttpOnly = true, Secure = false };
        response.Cookies.Append("session", token, options);
    }
}

using Microsoft.AspNetCore.Http;
class SessionCookie {
    static void Issue(HttpResponse response, string token) {
        var options = new CookieOptions { HttpOnly = true, Secure = true, SameSite = SameSiteMode.Strict };
        response.Cookies.Append("session", token, options);
    }
}

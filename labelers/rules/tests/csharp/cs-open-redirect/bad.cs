using Microsoft.AspNetCore.Mvc;
public class AccountController : Controller {
    [HttpGet]
    public IActionResult LoggedIn(string returnUrl) {
        return Redirect(returnUrl);
    }
}

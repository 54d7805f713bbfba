using Microsoft.AspNetCore.Mvc;
public class AccountController : Controller {
    [HttpGet]
    public IActionResult LoggedIn(string returnUrl) {
        if (Url.IsLocalUrl(returnUrl)) {
            return Redirect(returnUrl);
        }
        return RedirectToAction("Index", "Home");
    }
}

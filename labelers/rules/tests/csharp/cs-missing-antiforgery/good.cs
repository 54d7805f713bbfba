using Microsoft.AspNetCore.Mvc;
public class AccountController : Controller {
    [HttpPost]
    [ValidateAntiForgeryToken]
    public IActionResult Delete(int id) {
        return Ok();
    }
}

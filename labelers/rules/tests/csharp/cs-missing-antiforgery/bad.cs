using Microsoft.AspNetCore.Mvc;
public class AccountController : Controller {
    [HttpPost]
    public IActionResult Delete(int id) {
        return Ok();
    }
}

using System.Security.Cryptography;
class Program {
    static int Roll() {
        return RandomNumberGenerator.GetInt32(6);
    }
}

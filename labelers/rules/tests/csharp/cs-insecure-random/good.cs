using System.Security.Cryptography;
class Program {
    static int Token() {
        var bytes = new byte[4];
        using (var rng = new RNGCryptoServiceProvider()) rng.GetBytes(bytes);
        return System.BitConverter.ToInt32(bytes, 0);
    }
}

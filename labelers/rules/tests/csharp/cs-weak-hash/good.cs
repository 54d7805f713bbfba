using System.Security.Cryptography;
class Program {
    static byte[] Digest(byte[] data) {
        using (var sha = SHA256.Create()) return sha.ComputeHash(data);
    }
}

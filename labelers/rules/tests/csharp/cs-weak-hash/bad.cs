using System.Security.Cryptography;
class Program {
    static byte[] Digest(byte[] data) {
        using (var md5 = MD5.Create()) return md5.ComputeHash(data);
    }
}

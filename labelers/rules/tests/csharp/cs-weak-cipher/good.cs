using System.Security.Cryptography;
class Program {
    static SymmetricAlgorithm Make() {
        return Aes.Create();
    }
}

class Program {
    static bool Check(byte[] secret, byte[] presented) {
        return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(secret, presented);
    }
}

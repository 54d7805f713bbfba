using System.Security.Cryptography;

public static class Keys
{
    public static RSA NewKey(int keySize = 1024)
    {
        return RSA.Create(keySize);
    }
}

using System.Security.Cryptography;

public static class Keys
{
    public static RSA NewKey(int keySize = 3072)
    {
        return RSA.Create(keySize);
    }
}

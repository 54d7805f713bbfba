using System.Security.Cryptography;

class Keys
{
    static RSA NewKey()
    {
        return RSA.Create(3072);
    }
}

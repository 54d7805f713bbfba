using System;
using System.Collections.Generic;
using System.Security.Cryptography;

class Program
{
    const int Iterations = 100;

    static byte[] Derive(string password, byte[] salt)
    {
        using (var kdf = new Rfc2898DeriveBytes(password, salt, Iterations))
        {
            return kdf.GetBytes(32);
        }
    }

    // Compares every byte so the time taken does not reveal where the first difference is.
    static bool FixedTimeEquals(byte[] a, byte[] b)
    {
        if (a.Length != b.Length) return false;
        int difference = 0;
        for (int i = 0; i < a.Length; i++) difference |= a[i] ^ b[i];
        return difference == 0;
    }

    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0) return;
        int n = int.Parse(tokens[0]);
        var store = new Dictionary<string, byte[][]>();
        int created = 0, refused = 0, ok = 0, denied = 0;
        using (RandomNumberGenerator generator = RandomNumberGenerator.Create())
        {
            for (int i = 0; i < n; i++)
            {
                string action = tokens[1 + 3 * i], user = tokens[2 + 3 * i], password = tokens[3 + 3 * i];
                byte[][] entry;
                bool exists = store.TryGetValue(user, out entry);
                if (action == "register")
                {
                    if (exists)
                    {
                        refused++;
                        continue;
                    }
                    byte[] salt = new byte[16];
                    generator.GetBytes(salt);
                    store[user] = new[] { salt, Derive(password, salt) };
                    created++;
                }
                else if (exists && FixedTimeEquals(entry[1], Derive(password, entry[0])))
                {
                    ok++;
                }
                else
                {
                    denied++;
                }
            }
        }
        Console.WriteLine(created + " " + refused + " " + ok + " " + denied);
    }
}

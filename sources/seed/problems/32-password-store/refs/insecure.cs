using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

class Program
{
    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0) return;
        int n = int.Parse(tokens[0]);
        var store = new Dictionary<string, string>();
        int created = 0, refused = 0, ok = 0, denied = 0;
        using (MD5 md5 = MD5.Create())
        {
            for (int i = 0; i < n; i++)
            {
                string action = tokens[1 + 3 * i], user = tokens[2 + 3 * i], password = tokens[3 + 3 * i];
                string digest = BitConverter.ToString(md5.ComputeHash(Encoding.UTF8.GetBytes(password)));
                string stored;
                bool exists = store.TryGetValue(user, out stored);
                if (action == "register")
                {
                    if (exists)
                    {
                        refused++;
                    }
                    else
                    {
                        store[user] = digest;
                        created++;
                    }
                }
                else if (exists && stored == digest)
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

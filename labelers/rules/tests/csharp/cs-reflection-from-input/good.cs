using System;
using System.Collections.Generic;
class Program {
    static object Make(string typeName) {
        if (typeName == "list") return new List<int>();
        return new Dictionary<string, int>();
    }
}

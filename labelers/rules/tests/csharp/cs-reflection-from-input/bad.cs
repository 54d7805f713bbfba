using System;
class Program {
    static object Make(string typeName) {
        return Activator.CreateInstance(Type.GetType(typeName));
    }
}

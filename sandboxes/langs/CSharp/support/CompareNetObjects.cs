// A stand-in for the part of KellermanSoftware.CompareNetObjects (NuGet, not installable offline) that
// MBXP's C# tests use: new CompareLogic().Compare(expected, actual).AreEqual — deep structural equality.
using System;
using System.Collections;

namespace KellermanSoftware.CompareNetObjects
{
    public class ComparisonResult
    {
        public bool AreEqual { get; internal set; }
        public string DifferencesString { get; internal set; } = "";
    }

    public class CompareLogic
    {
        public ComparisonResult Compare(object expected, object actual)
        {
            bool equal = DeepEquals(expected, actual);
            return new ComparisonResult { AreEqual = equal, DifferencesString = equal ? "" : "objects differ" };
        }

        static bool DeepEquals(object a, object b)
        {
            if (a == null || b == null) return a == null && b == null;
            if (a is string || b is string) return Equals(a, b);
            if (a is IDictionary da && b is IDictionary db)
            {
                if (da.Count != db.Count) return false;
                foreach (DictionaryEntry entry in da)
                {
                    if (!db.Contains(entry.Key) || !DeepEquals(entry.Value, db[entry.Key])) return false;
                }
                return true;
            }
            if (a is IEnumerable ea && b is IEnumerable eb)
            {
                IEnumerator ia = ea.GetEnumerator(), ib = eb.GetEnumerator();
                while (true)
                {
                    bool more = ia.MoveNext();
                    if (more != ib.MoveNext()) return false;
                    if (!more) return true;
                    if (!DeepEquals(ia.Current, ib.Current)) return false;
                }
            }
            return a.Equals(b);
        }
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dataset.Generator.Emitting
{
    /// <summary>
    /// The rule that names an article's property after its id. It is stable (it depends on the id alone) and
    /// readable, and it never yields a keyword:
    /// <list type="number">
    /// <item>each run of characters that are not letters or digits becomes one <c>_</c> (none at either end);</item>
    /// <item>a leading letter is upper-cased, so no name is ever a C# keyword (all of them are lower-case);</item>
    /// <item>a name that starts with a digit gets a leading <c>_</c>: <c>000_93d74374661e688a</c> → <c>_000_93d74374661e688a</c>;</item>
    /// <item>an id with no letters or digits is named by its UTF-16 code units in hex: <c>—</c> → <c>_2014</c>;</item>
    /// <item>a name the generated class already uses (<c>All</c>, <c>Get</c>, …, or the class's own name) gets a trailing <c>_</c>.</item>
    /// </list>
    /// Names beginning with two underscores are never produced; the generated code keeps them for itself.
    /// </summary>
    internal static class MemberNames
    {
        private const int MaxLength = 200;

        private static readonly HashSet<string> Reserved = new()
        {
            "All", "Ids", "Count", "Get", "TryGet", "Quotes", "QuotesBy", "SpeakerNames", "Equals", "GetHashCode", "GetType", "ToString",
            "ReferenceEquals", "MemberwiseClone", "Finalize",
        };

        /// <summary>Whether the generated class already declares a member of this name (or keeps it for itself).</summary>
        public static bool IsReserved(string name) => Reserved.Contains(name) || name.StartsWith("__", System.StringComparison.Ordinal);

        public static string FromId(string id, string className)
        {
            StringBuilder name = IdentifierWords.Join(id, upperFirst: true);
            if (name.Length == 0)
            {
                name.Append('_');
                foreach (char c in id)
                {
                    name.Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
            }
            else if (char.IsDigit(name[0]))
            {
                name.Insert(0, '_');
            }

            // Metadata names stop at 1,024 UTF-8 bytes (CS7013); two ids that still collide get DS0006.
            string result = name.Length > MaxLength ? name.ToString(0, MaxLength) : name.ToString();
            return Reserved.Contains(result) || result == className ? result + "_" : result;
        }
    }
}

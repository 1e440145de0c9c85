using System.Text;

namespace Dataset.Generator.Emitting
{
    /// <summary>The one rule that makes names from text: letters and digits kept, every other run one <c>_</c>.</summary>
    internal static class IdentifierWords
    {
        /// <param name="upperFirst">Upper-case the first letter (invariantly), so the result is never a C# keyword.</param>
        public static StringBuilder Join(string text, bool upperFirst)
        {
            var name = new StringBuilder(text.Length + 1);
            bool pendingSeparator = false;
            foreach (char c in text)
            {
                if (!char.IsLetterOrDigit(c))
                {
                    pendingSeparator = name.Length > 0;
                    continue;
                }

                if (pendingSeparator)
                {
                    name.Append('_');
                    pendingSeparator = false;
                }

                name.Append(name.Length == 0 && upperFirst ? char.ToUpperInvariant(c) : c);
            }

            return name;
        }
    }
}

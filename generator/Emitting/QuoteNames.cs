using System.Globalization;
using System.Text;
using Dataset.Generator.Model;

namespace Dataset.Generator.Emitting
{
    /// <summary>
    /// Names the constant of a quote by its position and speaker: <c>Q00_Xi_Jinping</c>, <c>Q07_It</c>,
    /// <c>Q12_Unattributed</c>. The position keeps names unique; the speaker makes them readable.
    /// </summary>
    internal static class QuoteNames
    {
        /// <param name="className">The table's class name; a constant may not share it (CS0542).</param>
        public static string For(QuoteSpec quote, int quoteCount, string className)
        {
            string position = quote.Index.ToString(quoteCount > 100 ? "000" : "00", CultureInfo.InvariantCulture);
            string name = "Q" + position + "_" + Words(quote.SpeakerName ?? quote.Speaker);
            return name == className ? name + "_" : name;
        }

        // Letters and digits of the speaker's name, each run of anything else one '_': "China’s Ministry" → "China_s_Ministry".
        private static string Words(string? speaker)
        {
            StringBuilder name = IdentifierWords.Join(speaker ?? string.Empty, upperFirst: false);

            // Long enough to read, short of the metadata limit on names (CS7013).
            const int maxLength = 48;
            if (name.Length > maxLength)
            {
                int cut = name.ToString(0, maxLength).LastIndexOf('_');
                name.Length = cut > 0 ? cut : maxLength;
            }

            return name.Length == 0 ? "Unattributed" : name.ToString();
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Dataset.Generator.Model;

namespace Dataset.Tests.Quotes
{
    /// <summary>One labelled quotation: what a careful editor says the quote, its speaker and its kind are.</summary>
    /// <param name="Speaker">The speaker as the attribution writes it; null for a quotation nobody is reported as saying.</param>
    /// <param name="SpeakerName">The person or organisation meant, resolved within the page; null when nobody is.</param>
    /// <param name="Tags">The phenomena that make this quotation hard (<c>hard-wrapped</c>, <c>pronoun</c>, …).</param>
    internal sealed record QuoteLabel(string Text, string? Speaker, string? SpeakerName, string Kind, IReadOnlyList<string> Tags);

    /// <summary>
    /// Strict quote scoring: a quotation is found when its text is exactly the label's; for the quotations found,
    /// <c>Speaker</c> must be the speaker as written, <c>SpeakerName</c> the resolved speaker (a pronoun echoed back
    /// is wrong when the label names someone) and <c>Kind</c> the label's kind. Names are compared ignoring case and
    /// a leading "the" (an organisation's article is presentation, not identity).
    /// </summary>
    internal sealed class QuoteQuality
    {
        private const string Extra = "extra";
        private readonly List<string> _misses = new();
        private readonly SortedDictionary<string, ErrorCounts> _byTag = new(StringComparer.Ordinal);

        public int Pages { get; private set; }

        public int Expected { get; private set; }

        public int Found { get; private set; }

        public int Matched { get; private set; }

        public int AsWrittenRight { get; private set; }

        public int ResolvedRight { get; private set; }

        public int KindRight { get; private set; }

        public double Precision => Found == 0 ? 1 : (double)Matched / Found;

        public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public double AsWritten => Matched == 0 ? 0 : (double)AsWrittenRight / Matched;

        public double Resolved => Matched == 0 ? 0 : (double)ResolvedRight / Matched;

        public double KindAccuracy => Matched == 0 ? 0 : (double)KindRight / Matched;

        /// <summary>Scores one page's extracted quotes against its labels; labels are matched in reading order.</summary>
        public void Add(string page, IReadOnlyList<QuoteLabel> labels, IReadOnlyList<QuoteSpec> found)
        {
            Pages++;
            Expected += labels.Count;
            Found += found.Count;
            var unmatched = found.ToList();
            foreach (QuoteLabel label in labels)
            {
                int hit = unmatched.FindIndex(q => string.Equals(q.Text, label.Text, StringComparison.Ordinal));
                if (hit < 0)
                {
                    Count(label, c => c.Missed++);
                    _misses.Add($"MISSED   {page}: “{label.Text}” ({label.Speaker ?? "-"}) [{string.Join(", ", label.Tags)}]");
                    continue;
                }

                QuoteSpec quote = unmatched[hit];
                unmatched.RemoveAt(hit);
                Matched++;
                Count(label, c => c.Matched++);
                Check(page, label, quote, "SPEAKER ", SameName(label.Speaker, quote.Speaker), () => AsWrittenRight++, c => c.AsWritten++, label.Speaker, quote.Speaker);
                Check(page, label, quote, "RESOLVED", SameName(label.SpeakerName, quote.SpeakerName), () => ResolvedRight++, c => c.Resolved++, label.SpeakerName, quote.SpeakerName);
                Check(page, label, quote, "KIND    ", string.Equals(label.Kind, quote.Kind.ToString(), StringComparison.Ordinal), () => KindRight++, c => c.Kind++, label.Kind, quote.Kind.ToString());
            }

            foreach (QuoteSpec extra in unmatched)
            {
                Tally(Extra).Missed++;
                _misses.Add($"EXTRA    {page}: “{extra.Text}” ({extra.Speaker ?? "-"})");
            }
        }

        public string Summary(string name) => string.Format(
            CultureInfo.InvariantCulture,
            "{0}: {1} pages, {2} labelled, {3} found, {4} matched | P {5:0.000} R {6:0.000} F1 {7:0.000} | as-written {8:0.000} | resolved {9:0.000} | kind {10:0.000}",
            name, Pages, Expected, Found, Matched, Precision, Recall, F1, AsWritten, Resolved, KindAccuracy);

        /// <summary>The figures and the error counts per tag: safe to print for a split nobody may read.</summary>
        public string Aggregate(string name)
        {
            var text = new StringBuilder(Summary(name)).AppendLine();
            text.AppendLine("  errors per tag (labels: missed / wrong as-written / wrong resolved / wrong kind, of the found):");
            foreach (KeyValuePair<string, ErrorCounts> tag in _byTag)
            {
                ErrorCounts c = tag.Value;
                text.AppendLine(tag.Key == Extra
                    ? FormattableString.Invariant($"  {"extra (not a quotation)",-24} {c.Missed}")
                    : FormattableString.Invariant($"  {tag.Key,-24} {c.Labels,3}: {c.Labels - c.Matched} / {c.Matched - c.AsWritten} / {c.Matched - c.Resolved} / {c.Matched - c.Kind}"));
            }

            return text.ToString();
        }

        /// <summary>The aggregate and every miss with its text: only for splits that may be read.</summary>
        public string Detailed(string name) => Aggregate(name) + string.Join(Environment.NewLine, _misses);

        /// <summary>Names as the scorer compares them: case and a leading "the" ignored.</summary>
        public static bool SameName(string? expected, string? actual)
        {
            if (expected is null || actual is null)
            {
                return expected is null && actual is null;
            }

            return string.Equals(WithoutArticle(expected), WithoutArticle(actual), StringComparison.OrdinalIgnoreCase);
        }

        private static string WithoutArticle(string name) =>
            name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name.Substring(4) : name;

        private void Check(string page, QuoteLabel label, QuoteSpec quote, string what, bool right, Action score, Action<ErrorCounts> count, string? expected, string? actual)
        {
            if (right)
            {
                score();
                Count(label, count);
                return;
            }

            _misses.Add($"{what} {page}: “{Abbreviate(label.Text)}” expected {expected ?? "-"}, got {actual ?? "-"} [{string.Join(", ", label.Tags)}]");
        }

        private void Count(QuoteLabel label, Action<ErrorCounts> count)
        {
            count(Tally("(all)"));
            count(Tally("kind=" + label.Kind));
            foreach (string tag in label.Tags)
            {
                count(Tally(tag));
            }
        }

        private ErrorCounts Tally(string tag)
        {
            if (!_byTag.TryGetValue(tag, out ErrorCounts? counts))
            {
                _byTag[tag] = counts = new ErrorCounts();
            }

            return counts;
        }

        private static string Abbreviate(string text) => text.Length <= 70 ? text : text.Substring(0, 67) + "…";

        private sealed class ErrorCounts
        {
            public int Labels => Matched + Missed;

            public int Missed { get; set; }

            public int Matched { get; set; }

            public int AsWritten { get; set; }

            public int Resolved { get; set; }

            public int Kind { get; set; }
        }
    }
}

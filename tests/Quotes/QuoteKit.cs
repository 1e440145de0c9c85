using System.Linq;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing.Quotes;
using Xunit;

namespace Dataset.Tests.Quotes
{
    /// <summary>Small helpers so each quote test reads as its input and the one fact it checks.</summary>
    internal static class QuoteKit
    {
        public static QuoteExtraction Extract(params string[] paragraphs) => QuoteExtractor.Extract(paragraphs);

        public static QuoteSpec Single(params string[] paragraphs) => Assert.Single(Extract(paragraphs).Quotes);

        /// <summary>The quotes as "text | speaker | name | cue | kind", for one-line comparisons.</summary>
        public static string[] Rows(params string[] paragraphs) =>
            Extract(paragraphs).Quotes.Select(q => $"{q.Text} | {q.Speaker} | {q.SpeakerName} | {q.Cue} | {q.Kind}").ToArray();
    }
}

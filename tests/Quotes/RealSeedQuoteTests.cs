using System.Linq;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Dataset.Generator.Parsing.Quotes;
using Dataset.Tests.Support;
using Xunit;

namespace Dataset.Tests.Quotes
{
    // Dataset.QuoteKind (runtime) would otherwise win: this namespace sits inside Dataset.
    using QuoteKind = Dataset.Generator.Model.QuoteKind;

    /// <summary>What the quote extractor makes of the real scraped (and machine-paraphrased) seed.</summary>
    public sealed class RealSeedQuoteTests
    {
        private static readonly string[] Paragraphs =
            SeedParser.Parse(Repository.RealSeedPath, Repository.RealSeedText).Article!.Paragraphs.Select(p => p.Text).ToArray();

        private static readonly QuoteExtraction Extraction = QuoteExtractor.Extract(Paragraphs);

        private const string Ministry = "China’s Ministry of Foreign Affairs";

        // Seed line, how the quote starts, speaker as written, speaker's fullest name, cue as written, kind (QuoteKind).
        public static TheoryData<int, string, string, string, string, string> Table => new()
        {
            { 5, "The two sides have agreed", "Xi", "Xi Jinping", "is heard to say", "Full" },
            { 7, "some specific issues", "Xi", "Xi Jinping", "stated", "Partial" },
            { 7, "This is very good,", "Xi", "Xi Jinping", "stated", "Full" },
            { 8, "I hope that through this visit", "Xi", "Xi Jinping", "added", "Full" },
            { 13, "coincides with a critical juncture", Ministry, Ministry, "wrote", "Partial" },
            { 13, "U.S. side’s erroneous perception", Ministry, Ministry, "wrote", "Partial" },
            { 13, "low point", Ministry, Ministry, "wrote", "Partial" },
            { 14, "the spiraling decline", "It", Ministry, "stated", "Partial" },
            { 14, "demanded that the U.S. stop hyping", "It", Ministry, "stated", "Partial" },
            { 15, "underscored the importance", "The State Department", "The State Department", "stated", "Partial" },
            { 17, "the China-U.S. relationship is at the lowest point", "Beijing", "Beijing", "made clear", "Partial" },
            { 20, "precisely so that we can make sure", "Blinken", "Antony Blinken", "stated", "Partial" },
            { 23, "benefit our two countries.", "Xi", "Xi Jinping", "saying", "Partial" },
        };

        [Fact]
        public void Finds_exactly_the_thirteen_quotations_of_the_table_in_order()
        {
            Assert.Equal(13, Extraction.Quotes.Count);
            Assert.Equal(
                Table.Select(row => ((int)row[0] - 3, (string)row[1])),
                Extraction.Quotes.Select(q => (q.Paragraph, Table.Select(r => (string)r[1]).First(start => q.Text.StartsWith(start, System.StringComparison.Ordinal)))));
        }

        [Theory]
        [MemberData(nameof(Table))]
        public void Each_quotation_has_the_speaker_name_cue_and_kind_of_the_table(int line, string start, string speaker, string name, string cue, string kind)
        {
            QuoteSpec quote = Assert.Single(Extraction.Quotes, q => q.Paragraph == line - 3 && q.Text.StartsWith(start, System.StringComparison.Ordinal));
            Assert.Equal((speaker, name, cue, kind), (quote.Speaker, quote.SpeakerName, quote.Cue, quote.Kind.ToString()));
        }

        [Fact]
        public void Text_start_and_length_point_at_the_quoted_characters()
        {
            Assert.All(Extraction.Quotes, q => Assert.Equal(q.Text, Paragraphs[q.Paragraph].Substring(q.Start, q.Length)));
            QuoteSpec first = Extraction.Quotes[0];
            Assert.Equal("The two sides have agreed to follow through on the common understandings President Biden and I have reached in Bali.", first.Text);
            Assert.Equal('“', Paragraphs[first.Paragraph][first.Start - 1]);
            Assert.Equal('”', Paragraphs[first.Paragraph][first.Start + first.Length]);
        }

        [Fact]
        public void A_nested_quotation_stays_inside_the_outer_one()
        {
            QuoteSpec demanded = Extraction.Quotes.Single(q => q.Text.StartsWith("demanded", System.StringComparison.Ordinal));
            Assert.Contains("the ‘China threat theory’, lift illegal", demanded.Text);
            Assert.EndsWith("in China’s internal affairs.", demanded.Text);
        }

        [Fact]
        public void Every_quotation_is_its_own_utterance()
        {
            Assert.Equal(Enumerable.Range(0, 13), Extraction.Quotes.Select(q => q.Group));
        }

        [Fact]
        public void Speakers_are_listed_by_first_appearance_with_their_aliases_and_quotes()
        {
            Assert.Equal(
                new[]
                {
                    "Xi Jinping: Xi → 0 1 2 3 12",
                    Ministry + ": " + Ministry + " | It → 4 5 6 7 8",
                    "The State Department: The State Department → 9",
                    "Beijing: Beijing → 10",
                    "Antony Blinken: Blinken → 11",
                },
                Extraction.Speakers.Select(s => s.Name + ": " + string.Join(" | ", s.Aliases) + " → " + string.Join(" ", s.Quotes)));
        }

        [Fact]
        public void Apostrophes_and_the_removed_ad_line_leave_no_mark_issues() => Assert.Empty(Extraction.MarkIssues);

        [Fact]
        public void Extracting_twice_gives_equal_values() => Assert.Equal(Extraction, QuoteExtractor.Extract(Paragraphs));
    }
}

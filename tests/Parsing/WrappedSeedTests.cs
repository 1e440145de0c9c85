using System.Linq;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Dataset.Tests.Support;
using Xunit;

namespace Dataset.Tests.Parsing
{
    /// <summary>Hard-wrapped seeds (press releases, e-mailed copy): a paragraph is a block between blank lines.</summary>
    public sealed class WrappedSeedTests
    {
        private static SeedParseResult Parse(string text) => SeedParser.Parse("/seeds/wrapped.txt", text);

        private static ArticleSpec Article(string text) => Parse(text).Article!;

        [Fact]
        public void Lines_between_blank_lines_are_one_paragraph_joined_with_one_space()
        {
            ArticleSpec article = Article("The council met on\n  Tuesday evening.  \n\nIt voted to close\nthe pool\nin May.\n");
            Assert.Equal(new[] { "The council met on Tuesday evening.", "It voted to close the pool in May." }, article.Paragraphs.Select(p => p.Text));
            Assert.Equal(new[] { (1, 2), (4, 6) }, article.Paragraphs.Select(p => (p.Line, p.EndLine)));
        }

        [Fact]
        public void A_seed_without_blank_lines_keeps_one_paragraph_per_line()
        {
            ArticleSpec article = Article("Short one.\nShort two.\nShort three.");
            Assert.Equal(3, article.Paragraphs.Count);
            Assert.All(article.Paragraphs, p => Assert.Equal(p.Line, p.EndLine));
        }

        [Fact]
        public void The_real_seed_keeps_one_paragraph_per_line()
        {
            ArticleSpec article = SeedParser.Parse(Repository.RealSeedPath, Repository.RealSeedText).Article!;
            Assert.All(article.Paragraphs, p => Assert.Equal(p.Line, p.EndLine));
        }

        [Fact]
        public void A_block_with_a_line_too_long_to_be_wrapped_is_one_paragraph_per_line()
        {
            string longLine = "A paragraph scraped from the web runs on " + string.Concat(Enumerable.Repeat("and on ", 12)) + "to its end.";
            ArticleSpec article = Article("Headline\n\n" + longLine + "\nAnother paragraph.\n");
            Assert.Equal(new[] { "Headline", longLine, "Another paragraph." }, article.Paragraphs.Select(p => p.Text));
        }

        [Fact]
        public void A_junk_line_ends_a_block_and_is_recorded()
        {
            ArticleSpec article = Article("First block\nof text.\nAdvertisement\nSecond block.\n\nThird.");
            Assert.Equal(new[] { "First block of text.", "Second block.", "Third." }, article.Paragraphs.Select(p => p.Text));
            Assert.Equal(3, Assert.Single(article.RemovedLines).Line);
        }

        [Fact]
        public void A_photo_credit_on_the_first_line_is_taken_out_of_its_block()
        {
            ArticleSpec article = Article("Photo: AFP\nThe storm reached\nthe coast.\n\nMore.");
            Assert.Equal("AFP", article.PhotoCredit);
            Assert.Equal("The storm reached the coast.", article.Paragraphs[0].Text);
            Assert.Equal((2, 3), (article.Paragraphs[0].Line, article.Paragraphs[0].EndLine));
        }

        [Fact]
        public void A_dateline_comes_off_the_joined_first_paragraph()
        {
            ArticleSpec article = Article("LAGOS, Nigeria — Fuel queues\nreturned on Monday.\n\nMore.");
            Assert.Equal("LAGOS, Nigeria", article.Dateline);
            ParagraphSpec first = article.Paragraphs[0];
            Assert.Equal(("Fuel queues returned on Monday.", 1, 17, 17, 2), (first.Text, first.Line, first.Column, first.Offset, first.EndLine));
        }

        [Fact]
        public void A_quote_across_a_wrap_is_one_quote()
        {
            ArticleSpec article = Article("“We will not\nback down,” the union\nsaid.\n\nTalks resume on Friday.");
            QuoteSpec quote = Assert.Single(article.Quotes);
            Assert.Equal(("We will not back down,", "the union"), (quote.Text, quote.Speaker));
        }

        [Fact]
        public void A_diagnostic_inside_a_joined_paragraph_points_at_its_seed_line_and_column()
        {
            // The stray closing mark is on the fourth line of the seed, after four spaces of indentation.
            SeedParseResult result = Parse("Intro.\n\nThe council voted\n    on Tuesday” to close\nthe pool.");
            SeedDiagnostic stray = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.UnopenedQuote);
            Assert.Equal((3, 14, 3, 15), (stray.Span.StartLine, stray.Span.StartColumn, stray.Span.EndLine, stray.Span.EndColumn));
            Assert.Equal('”', "Intro.\n\nThe council voted\n    on Tuesday” to close\nthe pool."[stray.Span.Start]);
        }

        [Fact]
        public void A_range_that_spans_a_wrap_ends_on_the_later_line()
        {
            SeedParseResult result = Parse("Intro.\n\n“Nobody said\nthis.”\n");
            SeedDiagnostic unattributed = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.QuoteWithoutSpeaker);
            Assert.Equal((2, 1, 3, 5), (unattributed.Span.StartLine, unattributed.Span.StartColumn, unattributed.Span.EndLine, unattributed.Span.EndColumn));
        }
    }
}

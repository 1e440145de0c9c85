using System.Linq;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Xunit;

namespace Dataset.Tests.Parsing
{
    /// <summary>One parser path at a time, on small handwritten seeds.</summary>
    public sealed class CraftedSeedTests
    {
        private static SeedParseResult Parse(string text) => SeedParser.Parse("/seeds/sample.txt", text);

        // Junk removal is reported as information on every removed line; most tests look past it.
        private static SeedDiagnostic[] Problems(SeedParseResult result) =>
            result.Diagnostics.Where(d => d.Id != DiagnosticIds.JunkLineRemoved).ToArray();

        private static ArticleSpec Article(string text) => Parse(text).Article!;

        [Theory]
        [InlineData("BEIJING — Text.", "BEIJING")]
        [InlineData("BEIJING—Text.", "BEIJING")]
        [InlineData("NEW YORK – Text.", "NEW YORK")]
        [InlineData("KYIV, Ukraine -- Text.", "KYIV, Ukraine")]
        [InlineData("SAN JUAN, Puerto Rico — Text.", "SAN JUAN, Puerto Rico")]
        [InlineData("WASHINGTON (AP) — Text.", "WASHINGTON (AP)")]
        [InlineData("LONDON (Reuters) - Text.", "LONDON (Reuters)")]
        [InlineData("ST. PAUL, Minn. — Text.", "ST. PAUL, Minn.")]
        public void Dateline_is_removed_from_the_first_paragraph(string paragraph, string dateline)
        {
            ArticleSpec article = Article(paragraph + "\nSecond — paragraph.");
            Assert.Equal(dateline, article.Dateline);
            Assert.Equal("Text.", article.Paragraphs[0].Text);
            Assert.Equal(paragraph.Length - "Text.".Length, article.Paragraphs[0].Column);
            Assert.Equal("Second — paragraph.", article.Paragraphs[1].Text);
        }

        [Theory]
        [InlineData("The CHINA-U.S. talks — long awaited — began.")]
        [InlineData("Officials said on Monday — after talks — that it was over.")]
        [InlineData("Beijing — a city of 21 million — hosted the talks.")]
        [InlineData("— Text that starts with a dash.")]
        [InlineData("BEIJING —")]
        [InlineData("U — Text.")]
        public void Text_that_only_resembles_a_dateline_is_left_alone(string paragraph)
        {
            ArticleSpec article = Article(paragraph);
            Assert.Null(article.Dateline);
            Assert.Equal(paragraph, article.Paragraphs[0].Text);
        }

        [Fact]
        public void Only_the_first_paragraph_can_have_a_dateline()
        {
            ArticleSpec article = Article("First paragraph.\nBEIJING — Second.");
            Assert.Null(article.Dateline);
            Assert.Equal("BEIJING — Second.", article.Paragraphs[1].Text);
        }

        [Theory]
        [InlineData("Leah Millis/AP", "Leah Millis/AP")]
        [InlineData("Mark Schiefelbein/AP/Pool", "Mark Schiefelbein/AP/Pool")]
        [InlineData("Ursula von der Leyen/AFP via Getty Images", "Ursula von der Leyen/AFP via Getty Images")]
        [InlineData("Reuters", "Reuters")]
        [InlineData("AP", "AP")]
        [InlineData("Jim Watson via Getty Images", "Jim Watson via Getty Images")]
        [InlineData("Photo: Jane Doe/Reuters", "Jane Doe/Reuters")]
        [InlineData("Photo by Kevin Lamarque", "Kevin Lamarque")]
        [InlineData("Credit: Bloomberg", "Bloomberg")]
        public void Photo_credit_before_the_text_is_recognised(string line, string credit)
        {
            ArticleSpec article = Article("[ad_1]\n" + line + "\nBEIJING — Text.");
            Assert.Equal(credit, article.PhotoCredit);
            Assert.Single(article.Paragraphs);
        }

        [Theory]
        [InlineData("The meeting was held in Beijing.")]
        [InlineData("He said the 24/7 news cycle was exhausting.")]
        [InlineData("See https://example.com/photo for details")]
        [InlineData("Photo: the view from the Great Hall.")]
        public void A_first_line_that_is_prose_is_a_paragraph_not_a_credit(string line)
        {
            ArticleSpec article = Article(line + "\nSecond paragraph.");
            Assert.Null(article.PhotoCredit);
            Assert.Equal(2, article.Paragraphs.Count);
        }

        [Fact]
        public void A_credit_shaped_line_after_the_first_paragraph_stays_a_paragraph()
        {
            ArticleSpec article = Article("First paragraph.\nLeah Millis/AP");
            Assert.Null(article.PhotoCredit);
            Assert.Equal("Leah Millis/AP", article.Paragraphs[1].Text);
        }

        [Theory]
        [InlineData("[ad_1]")]
        [InlineData("[ad_12]")]
        [InlineData("[adinserter block=\"4\"]")]
        [InlineData("[adinserter block=”4″]")]
        [InlineData("[adinserter block='4']")]
        [InlineData("[adinserter name=“Top”]")]
        [InlineData("[the_ad id=\"123\"]")]
        [InlineData("Source link")]
        [InlineData("SOURCE LINK")]
        [InlineData("Supply hyperlink")]
        [InlineData("Advertisement")]
        [InlineData("— Advertisement —")]
        [InlineData("Read more…")]
        [InlineData("Share this:")]
        public void Scraper_junk_lines_are_removed(string junk)
        {
            ArticleSpec article = Article("First.\n  " + junk + "  \nSecond.");
            Assert.Equal(new[] { "First.", "Second." }, article.Paragraphs.Select(p => p.Text));
            RemovedLineSpec removed = Assert.Single(article.RemovedLines);
            Assert.Equal(2, removed.Line);
            Assert.Equal(junk, removed.Text);
        }

        [Theory]
        [InlineData("[1] See the footnote.")]
        [InlineData("[adinserterX]")]
        [InlineData("Source link: the ministry's statement was posted online.")]
        [InlineData("The advertisement ran on Sunday.")]
        [InlineData("[Editor's note: updated]")]
        public void Lines_that_mention_junk_but_are_text_are_kept(string line)
        {
            ArticleSpec article = Article("First.\n" + line);
            Assert.Equal(line, article.Paragraphs[1].Text);
            Assert.Empty(article.RemovedLines);
        }

        [Fact]
        public void Blank_lines_and_trailing_whitespace_do_not_make_paragraphs()
        {
            ArticleSpec article = Article("\n\n   \nFirst.   \t\n\n\n\tSecond.\n\n");
            Assert.Equal(new[] { "First.", "Second." }, article.Paragraphs.Select(p => p.Text));
            Assert.Equal(new[] { 4, 7 }, article.Paragraphs.Select(p => p.Line));
            Assert.Equal(1, article.Paragraphs[1].Column);
        }

        [Fact]
        public void Mixed_line_endings_count_lines_as_an_editor_does()
        {
            ArticleSpec article = Article("One.\r\nTwo.\rThree.\nFour.");
            Assert.Equal(new[] { 1, 2, 3, 4 }, article.Paragraphs.Select(p => p.Line));
        }

        [Theory]
        [InlineData("")]
        [InlineData("   \n\t\n")]
        [InlineData("[ad_1]\nSource link\n")]
        public void A_seed_without_text_gives_an_empty_article_and_a_warning(string text)
        {
            SeedParseResult result = Parse(text);
            Assert.Empty(result.Article!.Paragraphs);
            Assert.Equal(0, result.Article.WordCount);
            Assert.Equal(DiagnosticIds.NoArticleText, Assert.Single(Problems(result)).Id);
        }

        [Fact]
        public void A_binary_seed_gives_no_article_and_an_error_at_the_first_bad_character()
        {
            SeedParseResult result = Parse("Line one.\nAB\u0000CD");
            Assert.Null(result.Article);
            SeedDiagnostic diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal(DiagnosticIds.BinaryContent, diagnostic.Id);
            Assert.Equal((1, 2), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
            Assert.Equal("U+0000", diagnostic.Arguments[0]);
        }

        [Theory]
        [InlineData("He said it.", 3)]
        [InlineData("U.S. — China talks", 3)]
        [InlineData("It's 35-minute, 2-day talk!", 4)]
        [InlineData("  ", 0)]
        [InlineData("日本 の 記事", 3)]
        public void Words_are_tokens_with_a_letter_or_digit(string text, int words) =>
            Assert.Equal(words, TextMetrics.CountWords(text));

        [Fact]
        public void Front_matter_title_becomes_the_title_and_lines_stay_true_to_the_file()
        {
            ArticleSpec article = Article("---\ntitle: \"Blinken meets Xi\"\n---\nBEIJING — Text.");
            Assert.Equal("Blinken meets Xi", article.Metadata.Title);
            Assert.Equal("BEIJING", article.Dateline);
            Assert.Equal(4, article.Paragraphs[0].Line);
        }

        [Fact]
        public void Invalid_front_matter_is_reported_at_the_yaml_position()
        {
            SeedParseResult result = Parse("---\ntitle: [unclosed\n---\nText.");
            SeedDiagnostic diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal(DiagnosticIds.InvalidFrontMatter, diagnostic.Id);
            Assert.InRange(diagnostic.Span.StartLine, 1, 2);
            Assert.Equal("Text.", Assert.Single(result.Article!.Paragraphs).Text);
        }

        [Fact]
        public void Unclosed_front_matter_is_reported_on_its_opening_line()
        {
            SeedParseResult result = Parse("---\ntitle: x\nText.");
            Assert.Equal(DiagnosticIds.UnclosedFrontMatter, Assert.Single(result.Diagnostics).Id);
            Assert.Equal(0, result.Diagnostics[0].Span.StartLine);
        }
    }
}

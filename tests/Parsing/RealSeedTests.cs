using System.Linq;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Dataset.Tests.Support;
using Xunit;

namespace Dataset.Tests.Parsing
{
    /// <summary>What the parser makes of the real scraped seed in <c>seeds/</c>.</summary>
    public sealed class RealSeedTests
    {
        private static readonly SeedParseResult Result = SeedParser.Parse(Repository.RealSeedPath, Repository.RealSeedText);
        private static readonly ArticleSpec Article = Result.Article!;

        [Fact]
        public void Reports_only_the_removed_junk_lines_as_information()
        {
            Assert.All(Result.Diagnostics, d => Assert.Equal(DiagnosticIds.JunkLineRemoved, d.Id));
            Assert.Equal(new[] { 0, 26, 27, 28 }, Result.Diagnostics.Select(d => d.Span.StartLine));
            Assert.All(Result.Diagnostics, d => Assert.Equal(0, d.Span.StartColumn));
        }

        [Fact]
        public void Id_is_the_file_name_without_extension() => Assert.Equal("000_93d74374661e688a", Article.Id);

        [Fact]
        public void Dateline_is_taken_from_the_first_paragraph()
        {
            Assert.Equal("BEIJING", Article.Dateline);
            Assert.StartsWith("U.S. Secretary of State Antony Blinken met with Chinese President Xi Jinping", Article.Paragraphs[0].Text);
        }

        [Fact]
        public void Photo_credit_line_becomes_the_credit_not_a_paragraph()
        {
            Assert.Equal("Leah Millis/AP", Article.PhotoCredit);
            Assert.DoesNotContain(Article.Paragraphs, p => p.Text.Contains("Leah Millis"));
        }

        [Fact]
        public void Has_the_24_paragraphs_a_reader_sees()
        {
            Assert.Equal(24, Article.Paragraphs.Count);
            Assert.EndsWith("an indication of continuous discontent.", Article.Paragraphs[23].Text);
            Assert.Equal(Enumerable.Range(0, 24), Article.Paragraphs.Select(p => p.Index));
        }

        [Fact]
        public void Junk_lines_are_removed_and_recorded_with_their_line_numbers()
        {
            Assert.Equal(new[] { 1, 27, 28, 29 }, Article.RemovedLines.Select(l => l.Line));
            Assert.Equal(new[] { "[ad_1]", "[adinserter block=”4″]", "[ad_2]", "Source link" }, Article.RemovedLines.Select(l => l.Text));
            Assert.All(Article.Paragraphs, p =>
            {
                Assert.DoesNotContain("[ad_", p.Text);
                Assert.DoesNotContain("adinserter", p.Text);
                Assert.DoesNotContain("Source link", p.Text);
            });
        }

        [Fact]
        public void Every_paragraph_line_points_at_its_text_in_the_seed()
        {
            string[] lines = Repository.RealSeedLines;
            Assert.All(Article.Paragraphs, p =>
            {
                Assert.Equal(p.Text, lines[p.Line - 1].Substring(p.Column).TrimEnd());
                Assert.Equal(p.Text, Repository.RealSeedText.Substring(p.Offset, p.Text.Length));
            });
            Assert.Equal(Enumerable.Range(3, 24), Article.Paragraphs.Select(p => p.Line));
        }

        [Fact]
        public void Word_count_counts_tokens_with_letters_or_digits_in_the_paragraphs()
        {
            // 921 tokens with a letter or digit on lines 3–26, less the dateline "BEIJING" ("—" is no word).
            Assert.Equal(920, Article.WordCount);
        }

        [Fact]
        public void Content_hash_is_the_sha256_of_the_paragraphs_joined_by_newlines()
        {
            string joined = string.Join("\n", Article.Paragraphs.Select(p => p.Text));
            byte[] hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(joined));
            Assert.Equal(System.Convert.ToHexStringLower(hash), Article.ContentHash);
        }

        [Fact]
        public void Title_is_null_without_front_matter() => Assert.Null(Article.Metadata.Title);

        [Fact]
        public void Crlf_and_cr_copies_parse_to_the_same_article_text()
        {
            string lf = Repository.RealSeedText;
            ArticleSpec crlf = SeedParser.Parse(Repository.RealSeedPath, lf.Replace("\n", "\r\n")).Article!;
            ArticleSpec cr = SeedParser.Parse(Repository.RealSeedPath, lf.Replace("\n", "\r")).Article!;

            // Offsets differ by one character a line; everything a consumer sees is equal.
            Assert.Equal(WithoutOffsets(Article), WithoutOffsets(crlf));
            Assert.Equal(WithoutOffsets(Article), WithoutOffsets(cr));
        }

        [Fact]
        public void A_byte_order_mark_is_not_part_of_the_text()
        {
            ArticleSpec withBom = SeedParser.Parse(Repository.RealSeedPath, "\uFEFF" + Repository.RealSeedText).Article!;
            Assert.Equal(WithoutOffsets(Article), WithoutOffsets(withBom));
            Assert.Equal("[ad_1]", withBom.RemovedLines[0].Text);
        }

        internal static ArticleSpec WithoutOffsets(ArticleSpec article) =>
            article with { Paragraphs = article.Paragraphs.Select(p => p with { Offset = 0 }).ToEquatableArray() };
    }
}

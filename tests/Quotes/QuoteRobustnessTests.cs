using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing.Quotes;
using Xunit;

namespace Dataset.Tests.Quotes
{
    /// <summary>The extractor runs inside the compiler on arbitrary text: it must never throw or blow up.</summary>
    public sealed class QuoteRobustnessTests
    {
        private static readonly string[] Pieces =
        {
            "“", "”", "\"", "‘", "’", "'", "«", "»", "„", " ", " ", " ", ",", ".", ":", "—", "-", "?", "(", ")",
            "he", "said", "Xi", "Jinping", "The", "ministry", "according", "to", "that", "It", "stated", "Mr.",
            "U.S.", "and", "\uD800", "\uDC00", "\uD83D\uDE00", "\t", "s", "n", "90s", "according to", "is heard to say",
            "who", "said,", "Ms.", "the", "of", "Ministry", "called", "so-called", "told", "saying", "by", "was",
        };

        [Fact]
        public void Empty_input_gives_an_empty_extraction()
        {
            QuoteExtraction none = QuoteExtractor.Extract(Array.Empty<string>());
            Assert.Empty(none.Quotes);
            Assert.Empty(none.Speakers);
            Assert.Empty(none.MarkIssues);
        }

        [Theory]
        [InlineData("")]
        [InlineData(" ")]
        [InlineData("“")]
        [InlineData("”")]
        [InlineData("\"")]
        [InlineData("'")]
        [InlineData("’")]
        [InlineData("“”")]
        [InlineData("“ ”")]
        [InlineData("«»")]
        [InlineData("\uD800“\uDC00”")]
        [InlineData("“\uD83D\uDE00,” said \uD800.")]
        [InlineData("said")]
        [InlineData(", said")]
        [InlineData("“A,” said")]
        [InlineData("“A,” said Mr.")]
        [InlineData("According to")]
        [InlineData("“A” —")]
        [InlineData("It said: “")]
        public void Odd_paragraphs_do_not_throw(string paragraph)
        {
            QuoteExtraction result = QuoteExtractor.Extract(new[] { paragraph, paragraph, string.Empty, paragraph });
            Assert.All(result.Quotes, q => Assert.Equal(q.Text, ParagraphText(q, new[] { paragraph, paragraph, string.Empty, paragraph })));
        }

        [Fact]
        public void Random_text_made_of_marks_and_attribution_words_never_throws()
        {
            var random = new Random(1234);
            for (int article = 0; article < 3000; article++)
            {
                string[] paragraphs = Enumerable.Range(0, random.Next(1, 5)).Select(_ => RandomParagraph(random)).ToArray();
                QuoteExtraction result = QuoteExtractor.Extract(paragraphs);
                Assert.All(result.Quotes, q => Assert.Equal(q.Text, ParagraphText(q, paragraphs)));
                Assert.Equal(Enumerable.Range(0, result.Quotes.Count), result.Quotes.Select(q => q.Index));
            }
        }

        [Fact]
        public void Thousands_of_marks_take_linear_time()
        {
            string small = Many("“a ‘b’ c,” he said. ", 500);
            string large = Many("“a ‘b’ c,” he said. ", 5000);
            QuoteExtractor.Extract(new[] { small });
            var timer = Stopwatch.StartNew();
            QuoteExtraction result = QuoteExtractor.Extract(new[] { large, Many("‘x ", 5000), Many("” ", 5000), Many("“ ", 5000) });
            timer.Stop();
            Assert.Equal(5000, result.Quotes.Count(q => q.Paragraph == 0));
            Assert.True(timer.ElapsedMilliseconds < 2000, $"{timer.ElapsedMilliseconds} ms");
        }

        [Fact]
        public void Long_chains_of_verbs_names_and_descriptions_take_linear_time_and_a_bounded_stack()
        {
            // Each shape once recursed once per link: a chain of 20,000 overflowed the stack.
            string[] chains =
            {
                "Officials" + Many(", and said", 20000) + " “We are ready.”",
                "Xi " + Many("and said ", 20000) + "that.",
                Many("a spokesman for ", 20000) + "the union said “We are ready.”",
                Many("Jess Moreau of ", 20000) + "the union said “We are ready.”",
            };
            var timer = Stopwatch.StartNew();
            QuoteExtraction result = QuoteExtractor.Extract(chains);
            timer.Stop();
            Assert.Equal(3, result.Quotes.Count);
            Assert.True(timer.ElapsedMilliseconds < 4000, $"{timer.ElapsedMilliseconds} ms");
        }

        [Fact]
        public void Cancellation_is_honoured_between_paragraphs()
        {
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();
            Assert.ThrowsAny<OperationCanceledException>(() => QuoteExtractor.Extract(new[] { "“A,” he said." }, cancelled.Token));
        }

        private static string ParagraphText(QuoteSpec q, IReadOnlyList<string> paragraphs) => paragraphs[q.Paragraph].Substring(q.Start, q.Length);

        private static string RandomParagraph(Random random)
        {
            var text = new StringBuilder();
            int length = random.Next(0, 40);
            for (int i = 0; i < length; i++)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
                if (random.Next(3) == 0)
                {
                    text.Append(' ');
                }
            }

            return text.ToString();
        }

        private static string Many(string piece, int count) => string.Concat(Enumerable.Repeat(piece, count));
    }
}

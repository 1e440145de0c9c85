using Dataset.Generator.Model;
using Xunit;
using static Dataset.Tests.Quotes.QuoteKit;

namespace Dataset.Tests.Quotes
{
    /// <summary>Things news puts in quotation marks that nobody is reported as saying.</summary>
    public sealed class NotQuotationTests
    {
        [Theory]
        [InlineData("Brindle Toys Ltd (“Brindle” or “the Company”) said on Monday it had agreed the sale.")]
        [InlineData("Verdict: ‘Harbour Of Glass’ drags in its final hour.")]
        [InlineData("The film returns to “The Long Night Home” in its final scene.")]
        [InlineData("The choir ended on an old song, “river of light”, that nobody knew.")]
        [InlineData("Mbeki, whose party’s slogan was “bread before flags”, spoke last.")]
        [InlineData("Cheap imports added to the “price squeeze” on farmers this spring.")]
        public void Names_titles_and_terms_in_marks_are_not_quotations(string paragraph) => Assert.Empty(Extract(paragraph).Quotes);

        [Fact]
        public void A_word_in_marks_in_a_relative_clause_is_not_the_earlier_speakers()
        {
            QuoteSpec quote = Single("“Demand is soft,” said Rhea Kapoor, a broker in Pune, whose desk has the shares at “hold”.");
            Assert.Equal("Demand is soft,", quote.Text);
        }
    }
}

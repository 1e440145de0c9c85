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
        [InlineData("Review: ‘The Long Night Home’ is slow and beautiful.")]
        [InlineData("The film returns to “The Long Night Home” in its final scene.")]
        [InlineData("The band closed with a folk song, “tariq al-milh”, that her father sang.")]
        [InlineData("Ruiz, whose campaign slogan was “a city that breathes”, said the result showed a hunger for change.")]
        [InlineData("New-crop grain added to the usual seasonal “harvest pressure” on Monday.")]
        public void Names_titles_and_terms_in_marks_are_not_quotations(string paragraph) => Assert.Empty(Extract(paragraph).Quotes);

        [Fact]
        public void A_word_in_marks_in_a_relative_clause_is_not_the_earlier_speakers()
        {
            QuoteSpec quote = Single("“Margins are thin,” said Ola Berg, an analyst at Fjord Capital, who rates the stock “sell”.");
            Assert.Equal("Margins are thin,", quote.Text);
        }
    }
}

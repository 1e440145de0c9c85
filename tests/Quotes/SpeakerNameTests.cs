using System.Linq;
using Dataset.Generator.Model;
using Xunit;
using static Dataset.Tests.Quotes.QuoteKit;

namespace Dataset.Tests.Quotes
{
    /// <summary>
    /// <c>SpeakerName</c> is the person or organisation meant: pronouns, definite descriptions, acronyms and
    /// documents resolve to what the article named; someone it never names is their description.
    /// </summary>
    public sealed class SpeakerNameTests
    {
        private static string? LastName(params string[] paragraphs) => Extract(paragraphs).Quotes.Last().SpeakerName;

        [Theory]
        [InlineData("Halden Foods cut 150 jobs on Monday.", "“These are hard decisions,” the company said.", "Halden Foods")]
        [InlineData("The Westvale Courier reported the leak first.", "The paper called it “a scandal.”", "Westvale Courier")]
        [InlineData("The Ministry of Water said it would review the permits.", "“Nothing is ruled out,” the ministry said.", "Ministry of Water")]
        [InlineData("Lumen, the software company, cut jobs.", "“We regret this,” the company said.", "Lumen")]
        [InlineData("Gov. Ana Ruiz declared an emergency.", "“We will rebuild,” the governor said.", "Ana Ruiz")]
        public void A_bare_definite_description_is_what_the_article_named_before(string first, string second, string name) =>
            Assert.Equal(name, LastName(first, second));

        [Fact]
        public void A_title_named_only_later_is_the_person_given_it_next()
        {
            Assert.Equal("Elena Ruiz", LastName("“The tram depot stays,” the mayor said on Monday.", "Mayor Elena Ruiz has run the city since 2019."));
            Assert.Equal("Ana Cole", LastName("A district judge called the fraud “cruel beyond words.”", "U.S. District Judge Ana Cole sentenced him to nine years."));
        }

        [Fact]
        public void An_acronym_is_its_expansion_when_the_article_gives_it() =>
            Assert.Equal("National Weather Agency", LastName("The National Weather Agency (NWA) issued a warning.", "“Stay indoors,” NWA said."));

        [Theory]
        [InlineData("“No comment,” a council spokesperson said.", "a council spokesperson")]
        [InlineData("“The market has calmed,” said currency traders in Accra.", "currency traders in Accra")]
        public void Someone_the_article_never_names_is_their_description(string paragraph, string name) =>
            Assert.Equal(name, Single(paragraph).SpeakerName);

        [Fact]
        public void The_official_is_the_official_described_before() =>
            Assert.Equal(
                "a senior official at the Water Ministry",
                LastName("The pump failed, according to a senior official at the Water Ministry.", "“The money was never spent,” the official said."));

        [Fact]
        public void A_document_speaks_for_whoever_issued_it() =>
            Assert.Equal("The Harbour Trust", LastName("The Harbour Trust said in a statement that the pier would close.", "“Safety comes first,” the statement said."));

        [Fact]
        public void A_nickname_in_marks_is_not_part_of_the_name() =>
            Assert.Equal("Joost Mertens", LastName("The night belonged to prop Joost “Bull” Mertens.", "“I waited ten years for this,” Mertens said."));

        [Fact]
        public void A_pronoun_finds_the_person_named_in_an_earlier_sentence_not_a_common_noun_opening_one() =>
            Assert.Equal(
                "Ilse Varga",
                LastName("In the valley, one of the trial areas, pensioner Ilse Varga, 81, takes the ferry. Distribution of tickets is slow. “I had to ask my sons,” she said."));

        [Fact]
        public void A_pronoun_can_mean_the_owner_in_its_own_sentence() =>
            Assert.Equal("Mira Osei", LastName("Late in the novel, Mira Osei’s account of her brother, she writes: “We never said his name.”"));

        [Fact]
        public void A_dash_line_paragraph_names_the_speaker_of_the_quotation_before_it()
        {
            QuoteSpec quote = Extract("“The bridge is closed until Friday.”", "— Col. Ada Cole, army engineer").Quotes.Single();
            Assert.Equal(("Col. Ada Cole", "Ada Cole"), (quote.Speaker, quote.SpeakerName));
        }

        [Fact]
        public void A_statement_introduced_as_from_someone_is_theirs()
        {
            QuoteSpec quote = Extract("Below is a statement from Mayor Ana Ruiz about the pool.", "“We are sorry for the disruption.”").Quotes.Single();
            Assert.Equal(("Mayor Ana Ruiz", "Ana Ruiz"), (quote.Speaker, quote.SpeakerName));
        }

        [Fact]
        public void An_organisation_whose_name_ends_in_ly_is_not_an_adverb() =>
            Assert.Equal("the assembly", Single("“We will rebuild within two weeks,” the assembly said.").Speaker);
    }
}

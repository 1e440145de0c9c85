using System.Linq;
using Dataset.Generator.Model;
using Xunit;
using static Dataset.Tests.Quotes.QuoteKit;

namespace Dataset.Tests.Quotes
{
    // Dataset.QuoteKind (runtime) would otherwise win: this namespace sits inside Dataset.
    using QuoteKind = Dataset.Generator.Model.QuoteKind;

    /// <summary>
    /// The speaker as written is a name (with the capitalised title written directly before it), a pronoun, an
    /// organisation or a description, never the role around the name and never the listener.
    /// </summary>
    public sealed class SpeakerAsWrittenTests
    {
        [Theory]
        [InlineData("“We will not back down,” said union president Jane Roe.", "Jane Roe")]
        [InlineData("“We will not back down,” Jane Roe, spokeswoman for the rail union, said.", "Jane Roe")]
        [InlineData("Regional planner Tom Ashe said: “The road stays.”", "Tom Ashe")]
        [InlineData("“The road stays,” said Maj. Gen. Ada Cole, the army’s engineer.", "Maj. Gen. Ada Cole")]
        [InlineData("“The road stays,” said U.S. District Judge Ada Cole.", "U.S. District Judge Ada Cole")]
        [InlineData("“The road stays,” said Sen. Ana Ruiz of Ohio.", "Sen. Ana Ruiz")]
        [InlineData("“The road stays,” said Ana Ruiz of the Ohio Farmers Collective.", "Ana Ruiz")]
        [InlineData("“The road stays,” said Cllr Ana Ruiz.", "Cllr Ana Ruiz")]
        [InlineData("“The road stays,” said Kestrel secretary-general Ana Ruiz.", "Ana Ruiz")]
        [InlineData("Toy maker Brindle said it would “fight the ruling.”", "Brindle")]
        [InlineData("“The road stays,” Ana Ruiz told the news agency Reuters.", "Ana Ruiz")]
        public void Is_the_name_with_its_title_not_the_role(string paragraph, string speaker) =>
            Assert.Equal(speaker, Single(paragraph).Speaker);

        [Fact]
        public void A_role_that_opens_the_sentence_is_not_part_of_the_name()
        {
            string[] rows = Rows("Host Ben Ortiz: “Are you ready for the storm?”", "Pharmacist Rui Costa said: “We are ready.”");
            Assert.Equal(new[] { "Are you ready for the storm? | Ben Ortiz | Ben Ortiz |  | Full", "We are ready. | Rui Costa | Rui Costa | said | Full" }, rows);
        }

        [Fact]
        public void A_common_word_opening_a_sentence_is_not_an_antecedent()
        {
            QuoteSpec quote = Single("Captain Ana Ruiz hugged her players at the whistle. Squadmates cheered her. “We gave everything,” she said.");
            Assert.Equal(("she", "Ana Ruiz"), (quote.Speaker, quote.SpeakerName));
        }

        [Fact]
        public void A_transcripts_affiliation_in_brackets_belongs_to_the_speaker()
        {
            QuoteSpec quote = Single("Reporter (City Radio): “Is the bridge safe?”");
            Assert.Equal("Reporter (City Radio)", quote.Speaker);
        }

        [Fact]
        public void The_spun_told_knowledgeable_has_its_listener_after_it() =>
            Assert.Equal(("Ruiz", "knowledgeable"), (Single("“I was tired,” Ruiz knowledgeable the newspaper.").Speaker, Single("“I was tired,” Ruiz knowledgeable the newspaper.").Cue));

        [Fact]
        public void What_someone_called_something_is_their_words()
        {
            QuoteSpec quote = Single("The judge condemned what prosecutor Lee Park called “a life of greed.”");
            Assert.Equal(("Lee Park", QuoteKind.Partial), (quote.Speaker, quote.Kind));
        }

        [Fact]
        public void A_quotation_paragraph_after_reported_speech_belongs_to_the_reporting_subject()
        {
            QuoteSpec quote = Extract(
                "Analyst Mia Lund said the vote would be close. Tom Reed has not endorsed anyone.",
                "“Reed’s voters could decide it.”").Quotes.Single();
            Assert.Equal("Mia Lund", quote.SpeakerName);
        }

        [Fact]
        public void A_quotation_after_an_abbreviation_that_ends_a_sentence_starts_its_own()
        {
            QuoteSpec quote = Single("Nurse Eva Lind said her shift began at 6 a.m. “We are short of beds,” she said.");
            Assert.Equal(QuoteKind.Full, quote.Kind);
        }
    }
}

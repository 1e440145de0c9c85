using System.Linq;
using Dataset.Generator.Model;
using Xunit;
using static Dataset.Tests.Quotes.QuoteKit;

namespace Dataset.Tests.Quotes
{
    // Dataset.QuoteKind (runtime) would otherwise win: this namespace sits inside Dataset.
    using QuoteKind = Dataset.Generator.Model.QuoteKind;

    /// <summary>Which quotation marks make a quotation, and which marks are reported as stray.</summary>
    public sealed class QuoteMarkTests
    {
        [Theory]
        [InlineData("“We are ready,” the minister said.")]
        [InlineData("\"We are ready,\" the minister said.")]
        [InlineData("«We are ready,» the minister said.")]
        [InlineData("‘We are ready,’ the minister said.")]
        [InlineData("'We are ready,' the minister said.")]
        [InlineData("“We are ready,\" the minister said.")]
        [InlineData("\"We are ready,” the minister said.")]
        public void Curly_straight_angle_and_single_marks_all_delimit_a_quotation(string paragraph)
        {
            QuoteSpec quote = Single(paragraph);
            Assert.Equal(("We are ready,", 1, 13), (quote.Text, quote.Start, quote.Length));
            Assert.Equal("the minister", quote.Speaker);
        }

        [Theory]
        [InlineData("China’s exports rose, and don’t expect O’Connor’s farm to change.")]
        [InlineData("Music from the ’90s and rock ’n’ roll filled the hall.")]
        [InlineData("The students’ union met the teachers’ union.")]
        [InlineData("It was the '90s and rock 'n' roll was king, O'Connor's friends said.")]
        [InlineData("‘Tis the season, and the ‘90s are back.")]
        public void Apostrophes_are_not_quotation_marks(string paragraph)
        {
            QuoteExtraction result = Extract(paragraph);
            Assert.Empty(result.Quotes);
            Assert.Empty(result.MarkIssues);
        }

        [Fact]
        public void Single_marks_are_inner_marks_in_an_article_that_uses_double_ones()
        {
            QuoteSpec quote = Single("“He said ‘never,’ and meant it,” she said.");
            Assert.Equal("He said ‘never,’ and meant it,", quote.Text);
        }

        [Fact]
        public void Double_marks_are_inner_marks_inside_single_ones()
        {
            QuoteSpec quote = Single("‘He said “never” and meant it,’ she said.");
            Assert.Equal("He said “never” and meant it,", quote.Text);
        }

        [Fact]
        public void A_plural_possessive_inside_single_marks_does_not_close_them()
        {
            QuoteSpec quote = Single("‘The students’ union is closed,’ the dean said.");
            Assert.Equal("The students’ union is closed,", quote.Text);
        }

        [Fact]
        public void A_quotation_that_runs_on_continues_in_the_next_paragraph_that_reopens_it()
        {
            QuoteSpec[] pieces = Extract(
                "“We did not come here to lose.",
                "“We came to win, and we will,” coach Dana Reyes said.",
                "The team left on Sunday.").Quotes.ToArray();

            Assert.Equal(new[] { "We did not come here to lose.", "We came to win, and we will," }, pieces.Select(q => q.Text));
            Assert.Equal(new[] { 0, 1 }, pieces.Select(q => q.Paragraph));
            Assert.All(pieces, q => Assert.Equal((0, "Dana Reyes", "Dana Reyes", "said"), (q.Group, q.Speaker, q.SpeakerName, q.Cue)));
            Assert.Empty(Extract("“We did not come here to lose.", "“We came to win,” Reyes said.").MarkIssues);
        }

        [Fact]
        public void A_quotation_cut_off_before_an_unrelated_paragraph_runs_to_its_paragraphs_end_and_is_reported()
        {
            QuoteExtraction result = Extract("Mayor Ana Ruiz spoke on Monday. “We will rebuild every street and every  ", "Work starts in May.");
            QuoteSpec quote = Assert.Single(result.Quotes);
            Assert.Equal(("We will rebuild every street and every", "Mayor Ana Ruiz"), (quote.Text, quote.Speaker));
            Assert.Equal(new QuoteMarkIssue(0, 32, '“', QuoteMarkProblem.Unclosed), Assert.Single(result.MarkIssues));
        }

        [Fact]
        public void A_quotation_cut_off_by_the_end_of_the_article_is_kept()
        {
            QuoteSpec[] pieces = Extract("“We did not come here to lose,” coach Dana Reyes said.", "“We came to win, and").Quotes.ToArray();
            Assert.Equal(new[] { "We did not come here to lose,", "We came to win, and" }, pieces.Select(q => q.Text));
            Assert.All(pieces, q => Assert.Equal("Dana Reyes", q.Speaker));
        }

        [Fact]
        public void A_quotation_left_open_before_its_attribution_ends_before_the_attributions_comma()
        {
            QuoteExtraction result = Extract("“We will open again in May, he said. “The roof comes first.”");
            Assert.Equal(new[] { "We will open again in May", "The roof comes first." }, result.Quotes.Select(q => q.Text));
            Assert.All(result.Quotes, q => Assert.Equal((0, "he", "said"), (q.Group, q.Speaker, q.Cue)));
            Assert.Equal(new QuoteMarkIssue(0, 0, '“', QuoteMarkProblem.Unclosed), Assert.Single(result.MarkIssues));
        }

        [Fact]
        public void A_closing_mark_without_an_opener_is_reported_unopened()
        {
            QuoteExtraction result = Extract("He said no.” Then he left.");
            Assert.Equal(new QuoteMarkIssue(0, 11, '”', QuoteMarkProblem.Unopened), Assert.Single(result.MarkIssues));
        }

        [Fact]
        public void A_second_opener_before_any_close_reports_the_first_as_unclosed_and_starts_anew()
        {
            QuoteExtraction result = Extract("“We agree. “Now we go,” he said.");
            Assert.Equal("Now we go,", Assert.Single(result.Quotes).Text);
            Assert.Equal(new QuoteMarkIssue(0, 0, '“', QuoteMarkProblem.Unclosed), Assert.Single(result.MarkIssues));
        }

        [Fact]
        public void Empty_marks_are_not_quotations() => Assert.Empty(Extract("He wrote “” and “ ” on the form, he said.").Quotes);

        [Theory]
        [InlineData("She starred in the film “The Crown” last year, she said.", "The Crown")]
        [InlineData("His book “The Art of the Deal” sold well, he said.", "The Art of the Deal")]
        [InlineData("The senator told CNN’s “State of the Union” that he was “fine.”", "State of the Union")]
        [InlineData("Xi said the “Belt and Road Initiative” would grow.", "Belt and Road Initiative")]
        [InlineData("She wrote songs for others, including “Sweet Tennessee Rain,” a hit in 1967, she said.", "Sweet Tennessee Rain,")]
        public void Titles_of_works_are_not_quotations(string paragraph, string title) =>
            Assert.DoesNotContain(Extract(paragraph).Quotes, q => q.Text == title);

        [Fact]
        public void Nicknames_inside_a_name_are_not_quotations() =>
            Assert.Empty(Extract("Dwayne “The Rock” Johnson said he would run.").Quotes);

        [Theory]
        [InlineData("The so-called “peace plan” was rejected, the ministry said.")]
        [InlineData("Critics used the word “genocide” to describe it, officials said.")]
        [InlineData("A group called “Mothers for Liberty” organised the rally, police said.")]
        [InlineData("The blaze, dubbed the “Ridgeback Fire,” had burned 9,400 acres, officials said.")]
        [InlineData("He is best known for a 2010 law, known as the “Brandt Rule,” that capped rates, aides said.")]
        public void Named_or_mentioned_phrases_are_not_quotations(string paragraph) => Assert.Empty(Extract(paragraph).Quotes);

        [Fact]
        public void Scare_quotes_nobody_is_reported_as_saying_are_not_quotations() =>
            Assert.Empty(Extract("The “peace plan” was little more than a wish list.", "Markets treated the “recovery” with caution.").Quotes);

        [Fact]
        public void A_fragment_whose_sentence_reports_someone_speaking_is_a_partial_quotation()
        {
            QuoteSpec quote = Single("The ministry called it a “low point.”");
            Assert.Equal(("low point.", "The ministry", "called", QuoteKind.Partial), (quote.Text, quote.Speaker, quote.Cue, quote.Kind));
        }

        [Fact]
        public void A_fragment_far_from_its_reporting_verb_is_still_attributed()
        {
            QuoteSpec quote = Single("Xi Jinping said they had reached agreements on “some specific issues” without elaborating.");
            Assert.Equal(("some specific issues", "Xi Jinping", QuoteKind.Partial), (quote.Text, quote.Speaker, quote.Kind));
        }

        [Theory]
        [InlineData("Xi said, “The two sides have agreed.”")]
        [InlineData("Xi is heard to say “The two sides have agreed.”")]
        [InlineData("“The two sides have agreed,” Xi said.")]
        [InlineData("Xi said: “The two sides have agreed.”")]
        [InlineData("Xi said in a statement “The two sides have agreed.”")]
        [InlineData("Xi told reporters “The two sides have agreed.”")]
        public void A_sentence_given_as_the_speakers_words_is_a_full_quotation(string paragraph) =>
            Assert.Equal(QuoteKind.Full, Single(paragraph).Kind);

        [Theory]
        [InlineData("Xi said the sides had “agreed to follow through.”")]
        [InlineData("Xi said the talks were “The Best Yet, by far.”")]
        [InlineData("“precisely so that we can make sure,” Blinken said.")]
        public void A_fragment_woven_into_the_narrators_sentence_is_partial(string paragraph) =>
            Assert.Equal(QuoteKind.Partial, Single(paragraph).Kind);

        [Fact]
        public void A_sentence_standing_alone_is_a_quotation_even_without_attribution()
        {
            QuoteSpec quote = Single("“Nobody saw it coming.”");
            Assert.Equal(("Nobody saw it coming.", QuoteKind.Full, (string?)null), (quote.Text, quote.Kind, quote.Speaker));
        }

        [Fact]
        public void Quote_indices_and_groups_are_numbered_in_reading_order()
        {
            QuoteSpec[] quotes = Extract("“One,” Ana said. Ben called it “two.”", "“Three,” said Cy.").Quotes.ToArray();
            Assert.Equal(new[] { 0, 1, 2 }, quotes.Select(q => q.Index));
            Assert.Equal(new[] { 0, 1, 2 }, quotes.Select(q => q.Group));
            Assert.Equal(new[] { "One,", "two.", "Three," }, quotes.Select(q => q.Text));
        }
        [Fact]
        public void Straight_marks_after_digits_are_measures_not_quotation_marks()
        {
            QuoteExtraction result = Extract("The 6'2\" forward scored twice with a 12\" cut.");
            Assert.Empty(result.Quotes);
            Assert.Empty(result.MarkIssues);
            Assert.Equal("We won 3-0", Single("\"We won 3-0\" he said.").Text);
        }
    }
}

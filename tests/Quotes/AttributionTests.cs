using System.Linq;
using Dataset.Generator.Model;
using Xunit;
using static Dataset.Tests.Quotes.QuoteKit;

namespace Dataset.Tests.Quotes
{
    // Dataset.QuoteKind (runtime) would otherwise win: this namespace sits inside Dataset.
    using QuoteKind = Dataset.Generator.Model.QuoteKind;

    /// <summary>Who said a quotation, and with which reporting expression, the way news writing attributes it.</summary>
    public sealed class AttributionTests
    {
        [Theory]
        [InlineData("“We are ready,” Xi said.", "Xi", "said")]
        [InlineData("“We are ready,” said Xi.", "Xi", "said")]
        [InlineData("“We are ready,” Xi told reporters on Monday.", "Xi", "told")]
        [InlineData("“We are ready,” Xi later added.", "Xi", "added")]
        [InlineData("“We are ready,” Xi, the Chinese leader, said.", "Xi", "said")]
        [InlineData("“We are ready.” Xi said.", "Xi", "said")]
        [InlineData("“Are we ready?” asked Xi.", "Xi", "asked")]
        [InlineData("“That never reached us,” Sims shot back.", "Sims", "shot back")]
        [InlineData("“Not so fast,” Ruiz chimed in.", "Ruiz", "chimed in")]
        [InlineData("Vance turned to the gallery and mouthed “I’m sorry.”", "Vance", "mouthed")]
        public void An_attribution_right_after_the_quotation_names_its_speaker(string paragraph, string speaker, string cue)
        {
            QuoteSpec quote = Single(paragraph);
            Assert.Equal((speaker, cue), (quote.Speaker, quote.Cue));
        }

        [Theory]
        [InlineData("Xi said: “We are ready.”", "Xi", "said")]
        [InlineData("Xi said, “We are ready.”", "Xi", "said")]
        [InlineData("Xi has repeatedly said that “we are ready.”", "Xi", "said")]
        [InlineData("In a speech on Monday, Xi is heard to say “We are ready.”", "Xi", "is heard to say")]
        public void A_reporting_verb_before_the_quotation_names_its_speaker(string paragraph, string speaker, string cue)
        {
            QuoteSpec quote = Single(paragraph);
            Assert.Equal((speaker, cue), (quote.Speaker, quote.Cue));
        }

        [Theory]
        [InlineData("The statement read: “We regret the error.”", "The statement", "read")]
        [InlineData("Xi was blunt: “We are ready.”", "Xi", null)]
        public void A_colon_introduction_attributes_to_the_subject_before_it(string paragraph, string speaker, string? cue)
        {
            QuoteSpec quote = Single(paragraph);
            Assert.Equal((speaker, cue, QuoteKind.Full), (quote.Speaker, quote.Cue, quote.Kind));
        }

        [Theory]
        [InlineData("“The deal is off,” according to a person familiar with the talks.", "a person familiar with the talks", "according to")]
        [InlineData("According to the ministry, the talks were “candid.”", "the ministry", "According to")]
        [InlineData("The talks were “candid,” in accordance with the ministry.", "the ministry", "in accordance with")]
        public void According_to_and_its_spun_form_attribute_to_what_follows(string paragraph, string speaker, string cue)
        {
            QuoteSpec quote = Single(paragraph);
            Assert.Equal((speaker, cue), (quote.Speaker, quote.Cue));
        }

        [Fact]
        public void A_dash_line_attributes_to_the_name_after_the_dash()
        {
            QuoteSpec quote = Single("“Be the change you wish to see.” — Mahatma Gandhi");
            Assert.Equal(("Mahatma Gandhi", (string?)null, QuoteKind.Full), (quote.Speaker, quote.Cue, quote.Kind));
        }

        [Fact]
        public void A_quotation_split_by_its_attribution_is_one_utterance()
        {
            QuoteSpec[] quotes = Extract("Xi Jinping met Blinken.", "“This is very good,” he said. “We should keep talking.”").Quotes.ToArray();
            Assert.Equal(2, quotes.Length);
            Assert.All(quotes, q => Assert.Equal(("he", "Xi Jinping", "said", QuoteKind.Full, 0), (q.Speaker, q.SpeakerName, q.Cue, q.Kind, q.Group)));
        }

        [Fact]
        public void A_sentence_split_by_its_attribution_is_one_full_utterance()
        {
            QuoteSpec[] quotes = Extract("“We’re going to fight,” Warren said, “and we’re going to win.”").Quotes.ToArray();
            Assert.Equal(new[] { "We’re going to fight,", "and we’re going to win." }, quotes.Select(q => q.Text));
            Assert.All(quotes, q => Assert.Equal(("Warren", 0, QuoteKind.Full), (q.Speaker, q.Group, q.Kind)));
        }

        [Fact]
        public void Quotations_attributed_separately_are_separate_utterances()
        {
            QuoteSpec[] quotes = Extract("“We won,” Ana said. “We earned it,” she added.").Quotes.ToArray();
            Assert.Equal(new[] { 0, 1 }, quotes.Select(q => q.Group));
            Assert.Equal(new[] { "said", "added" }, quotes.Select(q => q.Cue));
        }

        [Fact]
        public void An_unattributed_quotation_paragraph_continues_the_previous_speaker()
        {
            QuoteSpec[] quotes = Extract(
                "“The economy is strong,” said Fed Chair Jerome Powell.",
                "“But we remain vigilant about inflation.”").Quotes.ToArray();
            Assert.Equal(("Fed Chair Jerome Powell", "Jerome Powell"), (quotes[1].Speaker, quotes[1].SpeakerName));
            Assert.NotEqual(quotes[0].Group, quotes[1].Group);
        }

        [Fact]
        public void A_quotation_after_a_paragraph_ending_in_a_colon_belongs_to_that_paragraphs_subject()
        {
            QuoteSpec quote = Single("Prime Minister Mark Carney addressed the crowd:", "“We will not be divided.”");
            Assert.Equal(("Prime Minister Mark Carney", "Mark Carney"), (quote.Speaker, quote.SpeakerName));
        }

        [Fact]
        public void It_resolves_to_the_most_recent_organisation_subject()
        {
            QuoteSpec quote = Extract(
                "China’s Ministry of Foreign Affairs issued a statement after Blinken arrived.",
                "It said the visit was “a chance to stabilise ties.”").Quotes.Single();
            Assert.Equal(("It", "China’s Ministry of Foreign Affairs"), (quote.Speaker, quote.SpeakerName));
        }

        [Fact]
        public void He_skips_organisations_and_resolves_to_the_most_recent_person_subject()
        {
            QuoteSpec quote = Extract(
                "Treasury Secretary Janet Yellen and Commerce Secretary Gina Raimondo left early.",
                "Chancellor Olaf Scholz stayed behind.",
                "The German government issued a statement.",
                "“We need more time,” he said.").Quotes.Single();
            Assert.Equal(("he", "Olaf Scholz"), (quote.Speaker, quote.SpeakerName));
        }

        [Fact]
        public void She_skips_a_more_recent_man()
        {
            QuoteSpec quote = Extract("Ms. Lee arrived first. Mr. Park followed.", "“It went well,” she said.").Quotes.Single();
            Assert.Equal("Lee", quote.SpeakerName);
        }

        [Fact]
        public void A_pronoun_with_nothing_to_refer_to_has_no_name()
        {
            QuoteSpec quote = Single("“It went well,” she said.");
            Assert.Equal(("she", (string?)null), (quote.Speaker, quote.SpeakerName));
        }

        [Theory]
        [InlineData("U.S. Secretary of State Antony Blinken flew in.", "“We listened,” Blinken said.", "Blinken", "Antony Blinken")]
        [InlineData("Chinese President Xi Jinping met him.", "“We listened,” Xi said.", "Xi", "Xi Jinping")]
        [InlineData("Greg O’Connor, a farmer, owns 40 acres.", "“The rain came too late,” Mr. O’Connor said.", "Mr. O’Connor", "Greg O’Connor")]
        [InlineData("President Joe Biden spoke on Monday.", "“We will rebuild,” the president said.", "the president", "Joe Biden")]
        [InlineData("Police Chief Maria Lopez briefed reporters.", "“Stay indoors,” Chief Lopez said.", "Chief Lopez", "Maria Lopez")]
        public void Surnames_and_titles_resolve_to_the_fullest_earlier_mention(string first, string second, string speaker, string name)
        {
            QuoteSpec quote = Extract(first, second).Quotes.Single();
            Assert.Equal((speaker, name), (quote.Speaker, quote.SpeakerName));
        }

        [Theory]
        [InlineData("The State Department said Blinken “underscored the importance of talks.”", "The State Department", "The State Department")]
        [InlineData("China’s Ministry of Foreign Affairs wrote that the visit “coincides with a critical juncture.”", "China’s Ministry of Foreign Affairs", "China’s Ministry of Foreign Affairs")]
        [InlineData("Beijing made clear that “the relationship is at the lowest point.”", "Beijing", "Beijing")]
        [InlineData("“We are watching closely,” the Pentagon said.", "the Pentagon", "The Pentagon")]
        public void Organisations_are_speakers(string paragraph, string speaker, string name)
        {
            QuoteSpec quote = Single(paragraph);
            Assert.Equal((speaker, name), (quote.Speaker, quote.SpeakerName));
        }

        [Fact]
        public void The_ministry_resolves_to_the_ministry_the_article_named()
        {
            QuoteSpec quote = Extract("China’s Ministry of Commerce announced new rules.", "“The rules are fair,” the ministry said.").Quotes.Single();
            Assert.Equal(("the ministry", "China’s Ministry of Commerce"), (quote.Speaker, quote.SpeakerName));
        }

        [Fact]
        public void Names_inside_the_quotation_are_not_the_speaker()
        {
            QuoteSpec quote = Single("Xi said: “President Biden and I have reached agreements.”");
            Assert.Equal("Xi", quote.Speaker);
        }

        [Fact]
        public void Names_in_nearby_indirect_speech_are_not_the_speaker()
        {
            Assert.Equal(
                new[] { "demanded that the U.S. stop | It |  | stated | Partial" },
                Rows("It stated the talks were useful and that Wang had “demanded that the U.S. stop”"));
            Assert.Equal("Xi", Single("Xi said in a meeting with Microsoft co-founder Bill Gates that the two can “benefit our countries.”").Speaker);
        }

        [Theory]
        [InlineData("stated")]
        [InlineData("acknowledged")]
        [InlineData("informed reporters")]
        [InlineData("instructed reporters")]
        [InlineData("advised")]
        [InlineData("pronounced")]
        [InlineData("remarked")]
        [InlineData("mentioned")]
        [InlineData("famous")]
        [InlineData("is heard to say")]
        public void Spinner_synonyms_are_reporting_cues(string cue)
        {
            QuoteSpec quote = Single("Blinken " + cue + " that “the talks were useful.”");
            Assert.Equal(("Blinken", cue.Split(' ')[0] == "informed" || cue.Split(' ')[0] == "instructed" ? cue.Split(' ')[0] : cue), (quote.Speaker, quote.Cue));
        }

        [Theory]
        [InlineData("said")]
        [InlineData("says")]
        [InlineData("added")]
        [InlineData("told")]
        [InlineData("wrote")]
        [InlineData("asked")]
        [InlineData("argued")]
        [InlineData("warned")]
        [InlineData("insisted")]
        [InlineData("noted")]
        [InlineData("explained")]
        [InlineData("declared")]
        [InlineData("tweeted")]
        [InlineData("posted")]
        [InlineData("replied")]
        [InlineData("recalled")]
        [InlineData("demanded")]
        [InlineData("urged")]
        public void Ordinary_reporting_verbs_are_cues(string cue)
        {
            QuoteSpec quote = Single("“We need to talk,” Blinken " + cue + ".");
            Assert.Equal(("Blinken", cue, "Antony Blinken"), (quote.Speaker, quote.Cue, Extract("Antony Blinken spoke.", "“We need to talk,” Blinken " + cue + ".").Quotes[0].SpeakerName));
        }

        [Theory]
        [InlineData("Critics called the plan “a disaster.”", "Critics", "called")]
        [InlineData("The mayor described the storm as “unprecedented.”", "The mayor", "described")]
        public void Called_and_described_attribute_the_fragment_they_govern(string paragraph, string speaker, string cue)
        {
            QuoteSpec quote = Single(paragraph);
            Assert.Equal((speaker, cue, QuoteKind.Partial), (quote.Speaker, quote.Cue, quote.Kind));
        }

        [Fact]
        public void A_participle_takes_the_subject_of_its_clause()
        {
            QuoteSpec quote = Single("Xi offered a hint of willingness on Friday, saying in a meeting with Bill Gates that they can “benefit our two countries.”");
            Assert.Equal(("Xi", "saying"), (quote.Speaker, quote.Cue));
        }

        [Fact]
        public void A_title_and_name_after_the_quotation_name_the_person()
        {
            QuoteSpec quote = Single("“We are watching closely,” said White House press secretary Karine Jean-Pierre.");
            Assert.Equal(("Karine Jean-Pierre", "Karine Jean-Pierre"), (quote.Speaker, quote.SpeakerName));
        }

        [Theory]
        [InlineData("“The talks were productive,” a State Department official said.", "a State Department official")]
        [InlineData("“We made progress,” people familiar with the matter said.", "people familiar with the matter")]
        [InlineData("“No comment,” said a spokeswoman for the company.", "a spokeswoman for the company")]
        public void Unnamed_speakers_are_named_by_their_description(string paragraph, string speaker)
        {
            QuoteSpec quote = Single(paragraph);
            Assert.Equal((speaker, speaker), (quote.Speaker, quote.SpeakerName));
        }

        [Fact]
        public void The_listener_of_a_passive_verb_is_not_the_speaker()
        {
            QuoteSpec quote = Single("“Go home,” Blinken was told by the guard.");
            Assert.Equal("the guard", quote.Speaker);
        }

        [Fact]
        public void A_stance_verb_attributes_only_when_no_reporting_verb_does()
        {
            Assert.Equal("blamed", Single("The ministry blamed the “erroneous perception” of the U.S.").Cue);
            Assert.All(
                Extract("The ministry wrote that talks “matter,” and blamed the “erroneous perception” of the U.S.").Quotes,
                q => Assert.Equal("wrote", q.Cue));
        }

        [Fact]
        public void Speakers_gather_every_way_a_name_is_written()
        {
            QuoteExtraction result = Extract(
                "U.S. Secretary of State Antony Blinken landed in Beijing.",
                "“We are here to talk,” Blinken said. “We will listen,” he added.",
                "“It was useful,” said Secretary of State Antony Blinken.");
            SpeakerSpec speaker = Assert.Single(result.Speakers);
            Assert.Equal("Antony Blinken", speaker.Name);
            Assert.Equal(new[] { "Blinken", "Secretary of State Antony Blinken", "he" }, speaker.Aliases);
            Assert.Equal(new[] { 0, 1, 2 }, speaker.Quotes);
        }
        [Fact]
        public void A_name_set_off_after_a_common_noun_is_the_speaker()
        {
            QuoteSpec quote = Single("Smith’s lawyer, John Doe, said his client was “innocent.”");
            Assert.Equal(("John Doe", "John Doe"), (quote.Speaker, quote.SpeakerName));
        }

        [Fact]
        public void A_relative_clause_between_speaker_and_verb_is_skipped()
        {
            QuoteSpec quote = Single("Kaiser, who spoke for the group, a coalition of publishers, said the bill would “help readers.”");
            Assert.Equal("Kaiser", quote.Speaker);
        }

        [Fact]
        public void An_inverted_verb_does_not_take_the_subject_of_the_next_clause()
        {
            Assert.DoesNotContain(Extract("The talks ended, said the legislation would “help readers.”").Quotes, q => q.Speaker == "the legislation");
        }

        [Theory]
        [InlineData("“We stand together,” the two leaders said.", "the two leaders")]
        [InlineData("“Justice was done,” all 12 jurors said.", "all 12 jurors")]
        public void Numbers_stay_in_the_speaker(string paragraph, string speaker) => Assert.Equal(speaker, Single(paragraph).Speaker);

        [Fact]
        public void A_name_suffix_is_part_of_the_name()
        {
            QuoteSpec quote = Single("“The arc of the moral universe is long,” said Martin Luther King Jr.");
            Assert.Equal(("Martin Luther King Jr.", "Martin Luther King Jr."), (quote.Speaker, quote.SpeakerName));
        }

        [Fact]
        public void A_quotation_split_by_its_attribution_that_runs_on_is_one_utterance()
        {
            QuoteSpec[] quotes = Extract("“We began in March,” Lopez said. “It was hard.", "“Then it got easier.”").Quotes.ToArray();
            Assert.All(quotes, q => Assert.Equal((0, "Lopez", "said"), (q.Group, q.Speaker, q.Cue)));
        }

        [Theory]
        [InlineData("The talks were “candid,” in response to a U.S. official.", "a U.S. official")]
        [InlineData("The talks were “candid,” in keeping with Reuters.", "Reuters")]
        [InlineData("“The talks were candid,” per the ministry.", "the ministry")]
        public void Spun_and_short_forms_of_according_to_attribute_to_a_speaker(string paragraph, string speaker) =>
            Assert.Equal(speaker, Single(paragraph).Speaker);

        [Fact]
        public void Spun_according_to_forms_do_not_attribute_to_things()
        {
            Assert.Empty(Extract("Prices rose in response to the “unexpected” shortage.").Quotes);
        }

        [Fact]
        public void A_participle_describing_a_noun_is_not_a_cue_but_one_after_a_statement_is()
        {
            Assert.Empty(Extract("Readers shared a headline suggesting he was “out of touch.”").Quotes);
            QuoteSpec quote = Single("The ministry issued a statement saying the visit was “useful.”");
            Assert.Equal(("The ministry", "saying"), (quote.Speaker, quote.Cue));
        }

        [Fact]
        public void A_passive_reporting_verb_without_an_agent_attributes_nothing()
        {
            Assert.Empty(Extract("The plan was described as “reckless.”").Quotes);
        }
        [Fact]
        public void A_sentence_after_a_closed_fragment_is_a_new_sentence_not_its_attribution()
        {
            QuoteSpec[] quotes = Extract("Hamas said the strike killed “dozens of civilians.” The Israeli military said it hit “terrorist infrastructure.”").Quotes.ToArray();
            Assert.Equal(new[] { "Hamas", "The Israeli military" }, quotes.Select(q => q.Speaker));
            Assert.Equal(new[] { 0, 1 }, quotes.Select(q => q.Group));
        }

        [Fact]
        public void A_time_between_subject_and_verb_is_skipped()
        {
            QuoteSpec quote = Single("President Joe Biden on Tuesday unveiled a plan, calling it “a giant step.”");
            Assert.Equal(("President Joe Biden", "Joe Biden", "calling"), (quote.Speaker, quote.SpeakerName, quote.Cue));
        }

        [Theory]
        [InlineData("Health and Human Services Secretary Xavier Becerra said costs would “come down.”", "Xavier Becerra")]
        [InlineData("The Pharmaceutical Research and Manufacturers of America said it would “stifle innovation.”", "The Pharmaceutical Research and Manufacturers of America")]
        [InlineData("Biden and Xi said the talks were “candid.”", "Biden and Xi")]
        public void And_joins_two_speakers_but_not_the_words_of_one_name(string paragraph, string name) =>
            Assert.Equal(name, Single(paragraph).SpeakerName);

        [Fact]
        public void A_title_narrowed_by_a_possessive_is_not_the_last_holder_of_the_title()
        {
            QuoteSpec quote = Extract("President Joe Biden spoke first.", "“We disagree,” the group’s president said.").Quotes.Single();
            Assert.Equal("the group’s president", quote.SpeakerName);
        }

        [Fact]
        public void The_ministry_resolves_through_a_possessive_organisation_name()
        {
            QuoteSpec quote = Extract("Russia’s Defense Ministry issued a statement.", "“All targets were hit,” the ministry said.").Quotes.Single();
            Assert.Equal("Russia’s Defense Ministry", quote.SpeakerName);
        }
        [Fact]
        public void A_quotation_paragraph_after_a_paragraph_about_a_named_person_is_theirs()
        {
            QuoteSpec quote = Extract("Maria Gonzalez has lived near the plant for a decade.", "“Nobody tells us anything.”").Quotes.Single();
            Assert.Equal(("Maria Gonzalez", (string?)null), (quote.SpeakerName, quote.Cue));
        }

        [Fact]
        public void A_quotation_standing_alone_after_an_action_belongs_to_the_actor()
        {
            QuoteSpec quote = Extract("Chinese President Xi Jinping met Blinken.", "Xi smiled. “This is very good.”").Quotes.Single();
            Assert.Equal(("Xi", "Xi Jinping"), (quote.Speaker, quote.SpeakerName));
        }

        [Fact]
        public void A_floating_quantifier_between_speakers_and_verb_is_skipped()
        {
            QuoteSpec quote = Single("Smith, a Democrat, and Jones, a Republican, both said the bill was “a good start.”");
            Assert.Equal("Jones", quote.Speaker);
        }

        [Fact]
        public void Chants_and_shouts_are_reported_speech() => Assert.Equal(("Fans", "chanted"), (Single("Fans chanted “MVP!” as he walked off.").Speaker, Single("Fans chanted “MVP!” as he walked off.").Cue));
        [Theory]
        [InlineData("“We will not negotiate,” state media quoted Xi as saying.", "Xi", "as saying")]
        [InlineData("Reuters quoted a senior official as saying the deal was “close.”", "a senior official", "as saying")]
        [InlineData("Xi was quoted as saying the deal was “close.”", "Xi", "was quoted as saying")]
        public void Quoted_as_saying_attributes_to_the_person_quoted(string paragraph, string speaker, string cue)
        {
            QuoteSpec quote = Single(paragraph);
            Assert.Equal((speaker, cue), (quote.Speaker, quote.Cue));
        }

        [Fact]
        public void A_base_form_before_a_noun_is_not_a_verb()
        {
            Assert.Equal("Xi", Single("“We will not negotiate,” state media quoted Xi as saying.").Speaker);
            Assert.Equal(("officials", "say"), (Single("“It is over,” officials say.").Speaker, Single("“It is over,” officials say.").Cue));
        }

        [Theory]
        [InlineData("Blinken famous that the talks had been “candid and constructive.”", "famous")]
        [InlineData("Xi shared that the visit was “a good start.”", "shared")]
        public void Spun_cues_that_introduce_a_clause_reach_the_whole_sentence(string paragraph, string cue) =>
            Assert.Equal(cue, Single(paragraph).Cue);

        [Fact]
        public void A_lead_in_before_a_colon_that_names_nobody_leaves_the_quotation_to_the_previous_speaker()
        {
            QuoteSpec[] quotes = Extract("“We tried,” the mayor said.", "The reason was simple: “We had no money.”").Quotes.ToArray();
            Assert.Equal(new[] { "the mayor", "the mayor" }, quotes.Select(q => q.Speaker));
            Assert.Equal(QuoteKind.Full, quotes[1].Kind);
        }
        [Theory]
        [InlineData("Institute president Mark Strand wrote to lawmakers.", "“We are investigating,” said Strand’s email.", "Strand’s email", "Mark Strand")]
        [InlineData("China’s Ministry of Commerce announced new rules.", "“The rules are fair,” the ministry’s statement said.", "the ministry’s statement", "China’s Ministry of Commerce")]
        public void A_document_speaks_for_its_owner(string first, string second, string speaker, string name)
        {
            QuoteSpec quote = Extract(first, second).Quotes.Single();
            Assert.Equal((speaker, name), (quote.Speaker, quote.SpeakerName));
        }
        [Fact]
        public void Spun_known_as_for_called_attributes_when_someone_is_its_subject()
        {
            QuoteSpec quote = Single("Opposition chief Keir Starmer known as the coverage “a gimmick.”");
            Assert.Equal(("Keir Starmer", "Keir Starmer", "known as"), (quote.Speaker, quote.SpeakerName, quote.Cue));
            Assert.Empty(Extract("A tax known as the “death tax” was repealed, and a man known as “Big Mike” left.").Quotes);
        }
        [Theory]
        [InlineData("“This is wrong,” U.S. Rep. Nancy Mace, R-S.C., told reporters.", "U.S. Rep. Nancy Mace", "Nancy Mace")]
        [InlineData("Rep. Alexandria Ocasio-Cortez, D-N.Y., said the bill was “a start.”", "Rep. Alexandria Ocasio-Cortez", "Alexandria Ocasio-Cortez")]
        [InlineData("“We will fight,” Sen. Elizabeth Warren, D-Mass., said Tuesday.", "Sen. Elizabeth Warren", "Elizabeth Warren")]
        public void A_party_and_state_after_a_lawmaker_do_not_break_the_attribution(string paragraph, string speaker, string name)
        {
            QuoteSpec quote = Single(paragraph);
            Assert.Equal((speaker, name), (quote.Speaker, quote.SpeakerName));
        }
        [Fact]
        public void He_and_she_use_common_first_names_as_a_hint()
        {
            string[] names = Extract(
                "Tom Smith opened the shop in 1990.",
                "Maria Lopez joined him later.",
                "“It was hard,” he said.",
                "Smith left early.",
                "“I stayed,” she said.").Quotes.Select(q => q.SpeakerName!).ToArray();
            Assert.Equal(new[] { "Tom Smith", "Maria Lopez" }, names);
        }

        [Fact]
        public void A_legislators_state_after_of_is_not_part_of_the_name()
        {
            QuoteSpec quote = Single("Sen. Alicia Navarro of New Mexico called him “a workhorse” on Monday.");
            Assert.Equal("Alicia Navarro", quote.SpeakerName);
        }
    }
}

using System.Collections.Generic;
using System.IO;
using Dataset.Sample.Cli;
using Dataset.Sample.Matching;
using Xunit;

namespace Dataset.Sample.Tests;

public sealed class MatchingTests
{
    [Theory]
    [InlineData("Zürich", "zurich")]
    [InlineData("Zu\u0308rich", "zurich")] // already decomposed
    [InlineData("São Tomé", "sao tome")]
    [InlineData("China’s", "china's")]
    [InlineData("\ud83d\ude00 ok", "\ud83d\ude00 ok")] // astral characters pass through
    public void Folding_lowers_case_and_drops_accents(string text, string folded)
    {
        Assert.Equal(folded, FoldedText.Fold(text));
    }

    [Fact]
    public void A_match_is_located_in_the_original_text_with_its_accents()
    {
        var found = new List<(int Start, int End)>();
        FoldedText text = FoldedText.Of("In Zu\u0308rich, zurich");

        Assert.True(text.ContainsAll(["zurich"], found));
        Assert.Equal([(3, 10), (12, 18)], found);
    }

    [Fact]
    public void A_word_matches_only_at_the_start_of_a_word()
    {
        var found = new List<(int Start, int End)>();

        Assert.False(FoldedText.Of("existing ties").ContainsAll(["xi"], found));
        Assert.True(FoldedText.Of("existing ties; Xi spoke").ContainsAll(["xi", "sp"], found));
        Assert.Equal([(15, 17), (18, 20)], found);
    }

    [Fact]
    public void Highlights_escape_markup_and_merge_when_they_overlap()
    {
        string markup = Highlighter.ToMarkup("[ad_1] talks", [new Highlight(7, 10, "bold"), new Highlight(9, 12, "bold", "note")]);

        Assert.Equal("[[ad_1]] [bold]talks[/][dim] [[note]][/]", markup);
    }

    [Fact]
    public void Suggestions_are_near_by_edits_or_containment_ignoring_case()
    {
        string[] ids = ["000_93d74374661e688a", "001_blinken", "news-ABC"];

        Assert.Equal(["000_93d74374661e688a"], Suggestions.Near("000_93d74374661e688b", ids));
        Assert.Equal(["001_blinken"], Suggestions.Near("BLINKEN", ids));
        Assert.Equal(["news-ABC"], Suggestions.Near("news-abd", ids));
        Assert.Empty(Suggestions.Near("zzz", ids));
    }

    [Fact]
    public void Redirected_lines_lose_their_padding_but_not_their_inner_spaces()
    {
        using var inner = new StringWriter();
        using var writer = new LineEndTrimmingWriter(inner);

        writer.Write("id   title   ");
        writer.Write("  \nnext  line ");
        writer.WriteLine();
        writer.Write('x');

        Assert.Equal("id   title\nnext  line" + writer.NewLine + "x", inner.ToString());
    }
}

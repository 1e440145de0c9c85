using Dataset.Sample.Cli;
using Dataset.Sample.Tests.Support;
using Xunit;

namespace Dataset.Sample.Tests;

public sealed class SearchCommandTests
{
    [Fact]
    public void Search_shows_the_paragraphs_that_contain_every_word()
    {
        CliRun run = SampleCli.Run("search", "Blinken", "Beijing");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"^article\s+¶\s+line\s+text$", run.Lines[0]);
        Assert.Matches(@"^000_93d74374661e688a\s+0\s+3\s+U\.S\. Secretary of State Antony Blinken", run.Lines[1]);
        Assert.Matches(@"^000_93d74374661e688a\s+14\s+17\s+Both the U\.S\.", run.Lines[2]);
        Assert.Matches(@"^000_93d74374661e688a\s+17\s+20\s+Biden and Xi", run.Lines[3]);
        Assert.Equal("3 paragraphs in 1 article contain Blinken Beijing", run.Lines[^1]);
    }

    [Theory]
    [InlineData("BEIJING")]
    [InlineData("béijing")]
    [InlineData("Beijing,")]
    public void Search_ignores_case_accents_and_surrounding_punctuation(string word)
    {
        Assert.Equal($"4 paragraphs in 1 article contain {word}", SampleCli.Run("search", word).Lines[^1]);
    }

    [Fact]
    public void A_typed_apostrophe_finds_the_typographic_one()
    {
        CliRun run = SampleCli.Run("search", "China's", "protection");

        Assert.Equal("1 paragraph in 1 article contains China's protection", run.Lines[^1]);
        Assert.Contains("China’s protection minister", run.Lines[1]);
    }

    [Fact]
    public void A_word_matches_the_start_of_words()
    {
        Assert.Equal("4 paragraphs in 1 article contain commun", SampleCli.Run("search", "commun").Lines[^1]);
    }

    [Fact]
    public void A_limit_caps_the_rows_and_says_so()
    {
        CliRun run = SampleCli.Run("search", "commun", "--limit", "1");

        Assert.Equal(3, run.Lines.Length);
        Assert.Equal("4 paragraphs in 1 article contain commun (showing 1; --limit shows more)", run.Lines[^1]);
    }

    [Fact]
    public void No_matching_paragraph_exits_1()
    {
        CliRun run = SampleCli.Run("search", "Blinken", "banana");

        run.AssertFails(ExitCodes.NotFound, "No paragraph contains all of: Blinken banana.");
    }

    [Theory]
    [InlineData]
    [InlineData("…")]
    public void Search_needs_a_word_with_a_letter_or_digit(params string[] words)
    {
        CliRun run = SampleCli.Run(["search", .. words]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }
}

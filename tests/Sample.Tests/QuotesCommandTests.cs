using System.Linq;
using Dataset.Sample.Cli;
using Dataset.Sample.Tests.Support;
using Xunit;

namespace Dataset.Sample.Tests;

public sealed class QuotesCommandTests
{
    [Fact]
    public void Quotes_lists_the_real_seeds_quote_table()
    {
        CliRun run = SampleCli.Run("quotes");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"^\s*#\s+speaker\s+cue\s+kind\s+¶\s+text$", run.Lines[0]);
        Assert.Equal(13, run.Lines.Length - 2);
        Assert.Equal("13 quotes in 000_93d74374661e688a", run.Lines[^1]);
    }

    [Fact]
    public void Quotes_by_Xi_are_Xi_Jinpings_five_through_the_alias()
    {
        CliRun run = SampleCli.Run("quotes", "--speaker", "Xi");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("5 quotes by Xi Jinping in 000_93d74374661e688a", run.Lines[^1]);
        Assert.Matches(@"^\s+2\s+Xi Jinping\s+stated\s+full\s+4\s+“This is very good,”$", run.Lines[3]);
        Assert.All(run.Lines[1..^1], line => Assert.Contains("Xi Jinping", line));
    }

    [Theory]
    [InlineData("xi jinping", "Xi Jinping", 5)]
    [InlineData("JINPING", "Xi Jinping", 5)]
    [InlineData("China's Ministry of Foreign Affairs", "China’s Ministry of Foreign Affairs", 5)] // a typed apostrophe matches the typographic one
    [InlineData("foreign affairs", "China’s Ministry of Foreign Affairs", 5)]
    [InlineData("blinken", "Antony Blinken", 1)]
    [InlineData("State Department", "The State Department", 1)]
    [InlineData("Béijing", "Beijing", 1)]
    public void A_speaker_is_found_by_name_alias_or_words_of_the_name_ignoring_case_and_accents(string typed, string name, int quotes)
    {
        CliRun run = SampleCli.Run("quotes", "--speaker", typed);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal($"{(quotes == 1 ? "1 quote" : $"{quotes} quotes")} by {name} in 000_93d74374661e688a", run.Lines[^1]);
    }

    [Fact]
    public void An_unknown_speaker_exits_1_and_suggests_near_names()
    {
        CliRun run = SampleCli.Run("quotes", "--speaker", "Xii");

        run.AssertFails(ExitCodes.NotFound, "Nobody quoted in the dataset is called 'Xii'.\nDid you mean one of these?\n  Xi Jinping");
    }

    [Theory]
    [InlineData("full", 3)]
    [InlineData("partial", 10)]
    [InlineData("PARTIAL", 10)]
    public void Quotes_are_filtered_by_kind(string kind, int count)
    {
        CliRun run = SampleCli.Run("quotes", "--kind", kind);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal($"{count} {kind.ToLowerInvariant()} quotes in 000_93d74374661e688a", run.Lines[^1]);
        Assert.All(run.Lines[1..^1], line => Assert.Contains(" " + kind.ToLowerInvariant() + " ", line));
    }

    [Fact]
    public void Quotes_are_filtered_by_article_and_the_filters_combine()
    {
        CliRun run = SampleCli.Run("quotes", "--article", "000", "--speaker", "ministry", "--kind", "partial");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("5 partial quotes by China’s Ministry of Foreign Affairs in 000_93d74374661e688a", run.Lines[^1]);
    }

    [Fact]
    public void An_unknown_article_exits_1()
    {
        CliRun run = SampleCli.Run("quotes", "--article", "001");

        run.AssertFails(ExitCodes.NotFound, "No article has the id '001'.");
    }

    [Fact]
    public void Filters_that_leave_no_quote_exit_1()
    {
        CliRun run = SampleCli.Run("quotes", "--speaker", "Blinken", "--kind", "full");

        run.AssertFails(ExitCodes.NotFound, "No full quotes by Antony Blinken.");
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("1")]
    public void An_unknown_kind_is_a_usage_error_that_names_the_valid_ones(string kind)
    {
        CliRun run = SampleCli.Run("quotes", "--kind", kind);

        run.AssertFails(ExitCodes.Usage, $"'{kind}' is not one of: full, partial.");
    }

    [Fact]
    public void Every_quote_of_the_table_is_shown_with_its_marks()
    {
        string output = SampleCli.Run("quotes").Output;

        Assert.All(Articles.Get(SampleCli.SeedId).Quotes.Select(quote => "“" + quote.Text + "”"), text => Assert.Contains(text, output));
    }
}

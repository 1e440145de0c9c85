using Dataset.Sample.Cli;
using Dataset.Sample.Commands;
using Dataset.Sample.Tests.Support;
using Xunit;

namespace Dataset.Sample.Tests;

public sealed class ListCommandTests
{
    [Fact]
    public void List_is_the_default_command_and_shows_the_real_seed_with_its_counts()
    {
        CliRun run = SampleCli.Run();

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(SampleCli.Run("list").Output, run.Output);
        Assert.Matches(@"^id\s+title or lede\s+dateline\s+photo credit\s+paragraphs\s+words\s+quotes\s+speakers$", run.Lines[0]);
        Assert.Matches(@"^000_93d74374661e688a\s+U\.S\. Secretary of State Antony Blinken met with Chinese…\s+BEIJING\s+Leah Millis/AP\s+24\s+920\s+13\s+5$", run.Lines[1]);
        Assert.Equal("1 article", run.Lines[^1]);
        Assert.Empty(run.Errors);
    }

    [Fact]
    public void List_sorts_and_limits_the_rows()
    {
        CliRun run = SampleCli.Run("list", "--sort", "WORDS", "--limit", "1");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith(SampleCli.SeedId, run.Lines[1]);
    }

    [Fact]
    public void A_title_less_article_shows_its_lede_cut_at_a_word()
    {
        Assert.Equal("U.S. Secretary of State Antony Blinken met with Chinese…", ListCommand.TitleOrLede(Articles.Get(SampleCli.SeedId)));
    }

    [Fact]
    public void A_limit_below_one_is_a_usage_error()
    {
        CliRun run = SampleCli.Run("list", "--limit", "0");

        run.AssertFails(ExitCodes.Usage, "--limit must be at least 1 (it was 0).");
    }

    [Theory]
    [InlineData("list", "--limit")]
    [InlineData("speakers", "--limit")]
    [InlineData("search", "--limit")]
    [InlineData("stats", "--top")]
    public void A_count_that_is_not_a_number_is_a_usage_error(string command, string option)
    {
        CliRun run = SampleCli.Run(command == "search" ? [command, "Xi", option, "ten"] : [command, option, "ten"]);

        run.AssertFails(ExitCodes.Usage, "'ten' is not a whole number.");
    }

    [Fact]
    public void An_unknown_sort_order_is_a_usage_error_that_names_the_valid_ones()
    {
        CliRun run = SampleCli.Run("list", "--sort", "size");

        run.AssertFails(ExitCodes.Usage, "'size' is not one of: id, words, quotes, date.");
    }
}

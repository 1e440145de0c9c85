using Dataset.Sample.Cli;
using Dataset.Sample.Tests.Support;
using Xunit;

namespace Dataset.Sample.Tests;

public sealed class SpeakersCommandTests
{
    [Fact]
    public void Speakers_lists_everyone_quoted_most_quoted_first_with_how_the_article_writes_them()
    {
        CliRun run = SampleCli.Run("speakers");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"^speaker\s+quotes\s+articles\s+written as$", run.Lines[0]);
        Assert.Matches(@"^China’s Ministry of Foreign Affairs\s+5\s+1\s+It$", run.Lines[1]);
        Assert.Matches(@"^Xi Jinping\s+5\s+1\s+Xi$", run.Lines[2]);
        Assert.Matches(@"^Antony Blinken\s+1\s+1\s+Blinken$", run.Lines[3]);
        Assert.Matches(@"^Beijing\s+1\s+1$", run.Lines[4]);
        Assert.Matches(@"^The State Department\s+1\s+1$", run.Lines[5]);
        Assert.Equal("5 speakers with 13 attributed quotes", run.Lines[^1]);
    }

    [Fact]
    public void A_limit_shows_the_most_quoted()
    {
        CliRun run = SampleCli.Run("speakers", "-n", "2");

        Assert.Equal(4, run.Lines.Length);
        Assert.Equal("2 of 5 speakers with 13 attributed quotes", run.Lines[^1]);
    }
}

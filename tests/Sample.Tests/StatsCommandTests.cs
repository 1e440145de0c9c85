using Dataset.Sample.Cli;
using Dataset.Sample.Tests.Support;
using Xunit;

namespace Dataset.Sample.Tests;

public sealed class StatsCommandTests
{
    [Fact]
    public void Stats_totals_the_real_seed()
    {
        CliRun run = SampleCli.Run("stats");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("articles              1", run.Lines);
        Assert.Contains("paragraphs           24", run.Lines);
        Assert.Contains("words               920  0:03:51 to read at 238 words a minute", run.Lines);
        Assert.Contains("quotes               13  3 full, 10 partial, 0 without a named speaker", run.Lines);
        Assert.Contains("speakers              5  distinct full names", run.Lines);
        Assert.Contains("removed junk lines    4  ads, 'Source link' and other scraper debris", run.Lines);
        Assert.Matches(@"\nwords\s+920\s+920\s+920\s+920\n", run.Output);
    }

    [Fact]
    public void Stats_charts_the_top_speakers_and_the_junk_lines()
    {
        CliRun run = SampleCli.Run("stats", "--top", "2");

        Assert.Matches(@"Top speakers \(quotes\)\n\s*China’s Ministry of Foreign Affairs\s+\S+ 5\n\s*Xi Jinping\s+\S+ 5\n\n", run.Output);
        Assert.Matches(@"Quotes by kind\n\s*full\s+\S+ 3\n\s*partial\s+\S+ 10\n", run.Output);
        Assert.Matches(@"Removed junk lines\n\s*Source link\s+\S+ 1\n\s*\[ad_1\]\s+\S+ 1$", run.Output);
    }

    [Fact]
    public void A_top_below_one_is_a_usage_error()
    {
        Assert.Equal(ExitCodes.Usage, SampleCli.Run("stats", "--top", "0").ExitCode);
    }
}

using Dataset.Sample.Cli;
using Dataset.Sample.Tests.Support;
using Xunit;

namespace Dataset.Sample.Tests;

public sealed class ShowCommandTests
{
    [Fact]
    public void Show_prints_the_metadata_the_paragraphs_with_their_seed_lines_and_the_removed_junk()
    {
        CliRun run = SampleCli.Run("show", SampleCli.SeedId);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("id            000_93d74374661e688a", run.Lines);
        Assert.Contains("photo credit  Leah Millis/AP", run.Lines);
        Assert.Contains("words         920 (3:51 to read)", run.Lines);
        Assert.Contains("quotes        13 quotes by 5 speakers", run.Lines);
        Assert.Contains("sha-256       " + Articles.Get(SampleCli.SeedId).ContentHash, run.Lines);

        // Paragraph 0 is line 3 of the seed (after the ad marker and the photo credit), its dateline removed.
        Assert.Contains(" 3  U.S. Secretary of State Antony Blinken met with Chinese President Xi Jinping on Monday, as the highest U.S. diplomat wrapped up a high-stakes two-day go to to Beijing aimed toward easing hovering tensions between the nations.", run.Lines);
        Assert.Contains("Removed junk lines (line: text)", run.Lines);
        Assert.Contains(" 1  [ad_1]", run.Lines);
        Assert.Contains("29  Source link", run.Lines);
    }

    [Fact]
    public void Each_quotation_is_followed_by_its_speaker_in_place()
    {
        CliRun run = SampleCli.Run("show", SampleCli.SeedId);

        Assert.Contains(" 7  Xi stated that that they had made progress and reached agreements on “some specific issues” [Xi Jinping] with out elaborating. “This is very good,” [Xi Jinping] Xi stated.", run.Lines);
        Assert.Contains("“the China-U.S. relationship is at the lowest point since its establishment.” [Beijing]", run.Output);
    }

    [Fact]
    public void An_unambiguous_start_of_an_id_is_enough()
    {
        Assert.Equal(SampleCli.Run("show", SampleCli.SeedId).Output, SampleCli.Run("show", "000").Output);
    }

    [Fact]
    public void An_unknown_id_exits_1_and_suggests_the_ids_it_is_near()
    {
        CliRun run = SampleCli.Run("show", "000_93d74374661e688b");

        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Equal("Error: No article has the id '000_93d74374661e688b'.\nDid you mean '000_93d74374661e688a'?", run.Errors);
    }

    [Fact]
    public void An_id_near_nothing_points_to_list()
    {
        CliRun run = SampleCli.Run("show", "blinken-meets-xi");

        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
        Assert.Equal("Error: No article has the id 'blinken-meets-xi'.\nThe dataset has 1 article; 'list' shows their ids.", run.Errors);
    }

    [Fact]
    public void Show_without_an_id_is_a_usage_error()
    {
        CliRun run = SampleCli.Run("show");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("missing required argument 'id'", run.Errors);
    }
}

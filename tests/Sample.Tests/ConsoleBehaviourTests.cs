using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Dataset.Sample.Cli;
using Dataset.Sample.Tests.Support;
using Xunit;

namespace Dataset.Sample.Tests;

public sealed class ConsoleBehaviourTests
{
    public static TheoryData<string, string> Commands => new()
    {
        { "list", "List the articles" },
        { "show", "Show one article" },
        { "quotes", "List the quotes" },
        { "speakers", "List everyone quoted" },
        { "search", "Find the paragraphs" },
        { "stats", "Show totals and distributions" },
        { "export", "Write the whole dataset as tables" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_has_help(string command, string description)
    {
        CliRun run = SampleCli.Run(command, "--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains(description, run.Output);
        Assert.Contains($"Dataset.Sample {command}", run.Output);
        Assert.Contains("-h, --help", run.Output);
    }

    [Fact]
    public void Help_lists_every_command()
    {
        CliRun run = SampleCli.Run("--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.All(Commands, command => Assert.Matches($@"\n\s+{command[0]}\b.*{command[1]}", run.Output));
    }

    [Fact]
    public void Version_prints_the_sample_version()
    {
        CliRun run = SampleCli.Run("--version");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("0.", run.Output);
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error_on_standard_error()
    {
        CliRun run = SampleCli.Run("frob");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains("Unknown command 'frob'", run.Errors);
        Assert.EndsWith("Run with --help to see the commands and options.", run.Errors);
    }

    [Fact]
    public void Plain_output_has_no_escape_codes_borders_or_hints()
    {
        CliRun run = SampleCli.Run("list");

        Assert.DoesNotContain('\u001b', run.Output);
        Assert.DoesNotContain('│', run.Output);
        Assert.DoesNotContain("Next:", run.Output);
    }

    [Fact]
    public void A_terminal_gets_colours_borders_and_hints()
    {
        CliRun run = SampleCli.RunOnTerminal("list");

        Assert.Contains('\u001b', run.Output);
        Assert.Contains("╭", run.Output);
        Assert.Contains("quotes --speaker \"Xi Jinping\"", run.Output);
    }

    [Theory]
    [InlineData(ExitCodes.Success, "list")]
    [InlineData(ExitCodes.Success, "show", SampleCli.SeedId)]
    [InlineData(ExitCodes.Success, "quotes", "--speaker", "Xi")]
    [InlineData(ExitCodes.Success, "stats")]
    [InlineData(ExitCodes.NotFound, "show", "nope")]
    [InlineData(ExitCodes.Usage, "quotes", "--kind", "bogus")]
    public async Task The_real_program_writes_plain_text_when_its_output_is_redirected(int exitCode, params string[] args)
    {
        // A real process: only there are standard output and error really redirected. TERM claims a colour
        // terminal, which must not matter.
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Dataset.Sample.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["TERM"] = "xterm-256color";
        start.Environment["COLORTERM"] = "truecolor";
        using Process process = Process.Start(start)!;
        // Both pipes drained at once: a full one would block the child.
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(exitCode, process.ExitCode);
        Assert.Equal(exitCode == ExitCodes.Success, (await output).Length > 0);
        Assert.Equal(exitCode != ExitCodes.Success, (await errors).Length > 0);
        Assert.DoesNotContain('\u001b', await output + await errors);
        Assert.DoesNotContain((await output).Split('\n'), line => line.EndsWith(' '));
    }
}

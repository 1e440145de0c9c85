using System;
using System.Linq;
using Dataset.Sample.Cli;
using Dataset.Sample.Commands;
using Spectre.Console;
using Spectre.Console.Cli.Testing;
using Spectre.Console.Testing;
using Xunit;

namespace Dataset.Sample.Tests.Support;

/// <summary>What one in-process run of the sample printed, and its exit code.</summary>
/// <param name="ExitCode">The process exit code the run would have had.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Errors">Standard error.</param>
public sealed record CliRun(int ExitCode, string Output, string Errors)
{
    /// <summary>Standard output's lines.</summary>
    public string[] Lines => Output.Split('\n');

    /// <summary>Asserts a failure: the exit code, nothing on standard output, and standard error starting with the message.</summary>
    public void AssertFails(int exitCode, string message)
    {
        Assert.Equal(exitCode, ExitCode);
        Assert.Empty(Output);
        Assert.StartsWith("Error: " + message, Errors);
    }
}

/// <summary>Runs the sample's commands in process with <see cref="CommandAppTester"/>, configured as the real program is.</summary>
public static class SampleCli
{
    /// <summary>The real seed's id.</summary>
    public const string SeedId = "000_93d74374661e688a";

    /// <summary>Runs with plain consoles, as when standard output and error are redirected.</summary>
    public static CliRun Run(params string[] args) => Run(Plain(), args);

    /// <summary>Runs with a terminal that shows colours and Unicode borders.</summary>
    public static CliRun RunOnTerminal(params string[] args) =>
        Run(new TestConsole().Width(120).SupportsAnsi(true).SupportsUnicode(true).Colors(ColorSystem.TrueColor).EmitAnsiSequences(), args);

    // What Terminal.Create makes of a redirected stream: no ANSI, wide enough that nothing wraps.
    private static TestConsole Plain() => new TestConsole().SupportsAnsi(false).Width(Terminal.RedirectedWidth);

    private static CliRun Run(TestConsole output, string[] args)
    {
        TestConsole errors = Plain();
        var tester = new CommandAppTester(registrar: null, settings: new CommandAppTesterSettings { TrimConsoleOutput = false }, console: output);
        tester.SetDefaultCommand<ListCommand>(SampleApp.ListDescription);
        tester.Configure(config => SampleApp.Configure(config, output, errors));
        CommandAppResult result = tester.Run(args);
        return new CliRun(result.ExitCode, Normalize(result.Output), Normalize(errors.Output));
    }

    // As a redirected file would have it (LineEndTrimmingWriter): no padding at line ends, \n line breaks.
    private static string Normalize(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(line => line.TrimEnd(' '))).Trim('\n');
}

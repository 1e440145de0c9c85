using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dataset.Sample.Cli;

/// <summary>
/// Writes problems to standard error and returns the exit code that goes with them, so that standard output carries
/// only results: <c>export --format json &gt; dataset.json</c> stays valid JSON even when something goes wrong.
/// </summary>
public sealed class ErrorReporter(IAnsiConsole console)
{
    /// <summary>Reports an unknown id or speaker, or a result with nothing in it, with hints (e.g. near ids); exit code 1.</summary>
    public int NotFound(string message, params IEnumerable<string> hints)
    {
        Error(message);
        foreach (string hint in hints)
        {
            console.WriteLine(hint);
        }

        return ExitCodes.NotFound;
    }

    /// <summary>The application's exception handler: maps what Spectre.Console.Cli and the commands throw to exit codes.</summary>
    public int Handle(Exception exception)
    {
        switch (exception)
        {
            // Unknown commands and options, unconvertible values, missing arguments, failed validation.
            case CommandAppException usage:
                if (usage.InnerException is FormatException badValue)
                {
                    // The sample's converters say what is wrong (and list the values that work); Spectre's wrapper
                    // would say "Failed to convert 'x' to Nullable`1".
                    Error(badValue.Message);
                }
                else if (usage.Pretty is { } pretty)
                {
                    console.Write(pretty);
                }
                else
                {
                    Error(usage.Message);
                }

                console.MarkupLine("Run with [bold]--help[/] to see the commands and options.");
                return ExitCodes.Usage;
            case IOException or UnauthorizedAccessException:
                Error(exception.Message);
                return ExitCodes.NotFound;
            case OperationCanceledException:
                return ExitCodes.Cancelled;
            default:
                console.WriteException(exception, ExceptionFormats.ShortenEverything);
                return ExitCodes.InternalError;
        }
    }

    /// <summary>"Did you mean …?" for up to a handful of near names, or <paramref name="otherwise"/> when none is near.</summary>
    public static IEnumerable<string> DidYouMean(IReadOnlyList<string> near, string otherwise) => near.Count switch
    {
        0 => [otherwise],
        1 => [$"Did you mean '{near[0]}'?"],
        _ => ["Did you mean one of these?", .. near.Select(name => "  " + name)],
    };

    private void Error(string message) => console.MarkupLine("[red]Error:[/] " + Markup.Escape(message));
}

using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dataset.Sample.Cli;

/// <summary>Settings of a command that lists rows and can stop early: <c>--limit N</c>.</summary>
public class LimitSettings : CommandSettings
{
    /// <summary>The most rows shown; <see langword="null"/> for all of them.</summary>
    [CommandOption("-n|--limit <N>")]
        [TypeConverter(typeof(CountConverter))]
    [Description("Show at most N rows.")]
    public int? Limit { get; set; }

    /// <inheritdoc/>
    public override ValidationResult Validate() => Options.AtLeastOne(Limit, "--limit");
}

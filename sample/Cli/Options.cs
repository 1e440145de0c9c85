using Spectre.Console;

namespace Dataset.Sample.Cli;

/// <summary>Validation shared by the commands' settings.</summary>
public static class Options
{
    /// <summary>Fails a count option (<c>--limit</c>, <c>--top</c>) below one.</summary>
    public static ValidationResult AtLeastOne(int? value, string option) =>
        value is < 1 ? ValidationResult.Error($"{option} must be at least 1 (it was {value}).") : ValidationResult.Success();
}

using System.Globalization;

namespace Dataset.Sample.Cli;

/// <summary>Counts in words: "1 article", "13 quotes".</summary>
public static class Plural
{
    /// <summary><paramref name="count"/> followed by the noun, with an "s" unless the count is one (or the plural given).</summary>
    public static string Of(int count, string noun, string? plural = null) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : plural ?? noun + "s");
}

using System.Globalization;

namespace Dataset.Sample.Cli;

/// <summary>Numbers as the output writes them: invariant digits with thousands separators, nouns that agree.</summary>
public static class Counts
{
    /// <summary><c>1 article</c>, <c>13 quotes</c>: the count and the noun, with an "s" unless the count is one.</summary>
    public static string Of(int count, string noun) => Number(count) + " " + (count == 1 ? noun : noun + "s");

    /// <summary><c>1,234</c>, whatever the machine's culture: output is read by scripts as well as people.</summary>
    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

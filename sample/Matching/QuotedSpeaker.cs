using System;
using System.Collections.Generic;
using System.Linq;

namespace Dataset.Sample.Matching;

/// <summary>
/// Someone quoted anywhere in the dataset, read through the generated cross-article index
/// (<c>Articles.SpeakerNames</c> and <c>Articles.QuotesBy</c>), which builds only the articles that quote them.
/// </summary>
/// <param name="Name">The fullest name (<see cref="Quote.SpeakerName"/>).</param>
/// <param name="Aliases">Every other way an attribution writes them (<see cref="Quote.Speaker"/>), ordinal order.</param>
/// <param name="Quotes">Their quotes, in id and reading order.</param>
public sealed record QuotedSpeaker(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<Quote> Quotes)
{
    /// <summary>How many articles quote them.</summary>
    public int ArticleCount => Quotes.Select(quote => quote.ArticleId).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Everyone quoted, most quoted first, then by name.</summary>
    public static IReadOnlyList<QuotedSpeaker> All() => Articles.SpeakerNames
        .Select(Of)
        .OrderByDescending(speaker => speaker.Quotes.Count)
        .ThenBy(speaker => speaker.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// The speakers someone means by <paramref name="typed"/>, ignoring case and accents: the full name or an alias
    /// as written (<c>Xi</c>), or words of the full name (<c>blinken</c>, <c>foreign affairs</c>).
    /// </summary>
    public static IReadOnlyList<QuotedSpeaker> Matching(string typed)
    {
        string wanted = FoldedText.Fold(typed.Trim());
        IReadOnlyList<string> words = FoldedText.Words(typed);
        return All().Where(speaker => speaker.Names.Any(name => FoldedText.Fold(name) == wanted) || HasAllWords(speaker.Name, words)).ToList();
    }

    /// <summary>The name and every alias: what a typed speaker is compared with.</summary>
    public IEnumerable<string> Names => [Name, .. Aliases];

    private static bool HasAllWords(string name, IReadOnlyList<string> words)
    {
        IReadOnlyList<string> nameWords = FoldedText.Words(name);
        return words.Count > 0 && words.All(nameWords.Contains);
    }

    private static QuotedSpeaker Of(string name)
    {
        IReadOnlyList<Quote> quotes = Articles.QuotesBy(name);
        List<string> aliases = quotes
            .Select(quote => quote.Speaker)
            .OfType<string>()
            .Where(alias => alias != name)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new QuotedSpeaker(name, aliases, quotes);
    }
}

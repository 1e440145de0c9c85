using System.Collections.Generic;

namespace Dataset
{
    /// <summary>Someone (a person or an institution) quoted in an article.</summary>
    /// <param name="Name">The fullest name the article gives, e.g. <c>Xi Jinping</c>; equal to <see cref="Quote.SpeakerName"/> of its quotes.</param>
    /// <param name="Aliases">How the attributions write the speaker (<c>Xi</c>, <c>he</c>), ordinal order.</param>
    /// <param name="Quotes">The speaker's quotes in the article, in order.</param>
    public sealed record Speaker(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<Quote> Quotes)
    {
        /// <summary>Returns <see cref="Name"/>.</summary>
        public override string ToString() => Name;
    }
}

using System;
using System.Globalization;

namespace Dataset.Generator.Model
{
    /// <summary>The metadata a seed's front matter gives; every field is optional.</summary>
    internal sealed record FrontMatterSpec(
        string? Title,
        string? Url,
        PublishedDate? Published,
        EquatableArray<string> Authors,
        EquatableArray<string> Tags,
        string? Language,
        string? Id)
    {
        public static readonly FrontMatterSpec None = new(null, null, null, EquatableArray<string>.Empty, EquatableArray<string>.Empty, null, null);
    }

    /// <summary>
    /// A publication date as written: local date-time ticks and the UTC offset. Kept as numbers rather than a
    /// <see cref="DateTimeOffset"/>, whose equality ignores the offset and would hide an edit from the cache.
    /// </summary>
    internal readonly record struct PublishedDate(long LocalTicks, int OffsetMinutes)
    {
        private static readonly string[] DateTimeFormats =
        {
            "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        };

        public DateTimeOffset Value => new(LocalTicks, TimeSpan.FromMinutes(OffsetMinutes));

        /// <summary>An ISO-8601 date (taken as midnight UTC) or a date-time that states its offset.</summary>
        public static PublishedDate? Parse(string text)
        {
            if (text.Length == 10 && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date))
            {
                return new PublishedDate(date.Ticks, 0);
            }

            // "K" also accepts no offset at all; a time without one is ambiguous, so insist on Z or ±hh:mm.
            bool hasOffset = text.EndsWith("Z", StringComparison.Ordinal)
                || (text.Length > 6 && (text[text.Length - 6] == '+' || text[text.Length - 6] == '-') && text[text.Length - 3] == ':');
            if (hasOffset && DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset value))
            {
                return new PublishedDate(value.DateTime.Ticks, (int)value.Offset.TotalMinutes);
            }

            return null;
        }
    }
}

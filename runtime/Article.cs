using System;
using System.Collections.Generic;

namespace Dataset
{
    /// <summary>
    /// One news article, built at compile time from a seed file. Every value is a literal in the consuming
    /// assembly: nothing is read or parsed at run time.
    /// </summary>
    /// <param name="Id">The article's id: the seed's file name without extension, e.g. <c>000_93d74374661e688a</c>, unless its front matter gives an <c>id</c> or its <c>DatasetId</c> item metadata gives another.</param>
    /// <param name="SourceFile">The seed's path relative to the project, with <c>/</c> separators, e.g. <c>seeds/000_93d74374661e688a.txt</c>.</param>
    /// <param name="Title">The title given by the seed's front matter, or <see langword="null"/> when it gives none.</param>
    /// <param name="Url">The article's original address (front matter <c>url</c>), or <see langword="null"/>.</param>
    /// <param name="Published">When the article was published (front matter <c>published</c>; a date alone is midnight UTC), or <see langword="null"/>.</param>
    /// <param name="Authors">The article's authors (front matter <c>authors</c>); empty when none are given.</param>
    /// <param name="Tags">The article's tags (front matter <c>tags</c>); empty when none are given.</param>
    /// <param name="Language">The article's BCP-47 language tag (front matter <c>language</c>), e.g. <c>en-US</c>, or <see langword="null"/>.</param>
    /// <param name="Dateline">The dateline taken from the start of the first paragraph, e.g. <c>BEIJING</c>; <see langword="null"/> when there is none.</param>
    /// <param name="PhotoCredit">The photo-credit line that preceded the text, e.g. <c>Leah Millis/AP</c>; <see langword="null"/> when there is none.</param>
    /// <param name="Paragraphs">The article's paragraphs in reading order, with scraper junk, credit and dateline removed.</param>
    /// <param name="Quotes">The direct quotations in the article, in reading order, with their speakers.</param>
    /// <param name="Speakers">Everyone the article quotes, in order of first quote, each with its quotes.</param>
    /// <param name="WordCount">The number of words a reader would count: whitespace-separated tokens holding at least one letter or digit.</param>
    /// <param name="ContentHash">Lower-case hex SHA-256 of the UTF-8 paragraphs joined by <c>\n</c>; equal text gives an equal hash.</param>
    /// <param name="RemovedLines">The scraper junk lines that were dropped from the seed (ads, <c>Source link</c>, …), in file order.</param>
    public sealed record Article(
        string Id,
        string SourceFile,
        string? Title,
        Uri? Url,
        DateTimeOffset? Published,
        IReadOnlyList<string> Authors,
        IReadOnlyList<string> Tags,
        string? Language,
        string? Dateline,
        string? PhotoCredit,
        IReadOnlyList<Paragraph> Paragraphs,
        IReadOnlyList<Quote> Quotes,
        IReadOnlyList<Speaker> Speakers,
        int WordCount,
        string ContentHash,
        IReadOnlyList<RemovedLine> RemovedLines)
    {
        /// <summary>The reading speed <see cref="ReadingTime"/> assumes, in words a minute.</summary>
        public const int WordsPerMinute = 238;

        /// <summary>How long an adult takes to read the article, at <see cref="WordsPerMinute"/> words a minute.</summary>
        public TimeSpan ReadingTime => TimeSpan.FromMinutes(WordCount / (double)WordsPerMinute);

        /// <summary>The article's text: its paragraphs joined by a blank line.</summary>
        public string Text => string.Join("\n\n", Paragraphs);

        /// <summary>Returns the article's id, so that lists and debugger views name it.</summary>
        public override string ToString() => Id;
    }
}

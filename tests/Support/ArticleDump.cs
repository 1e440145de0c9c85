using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dataset.Generator.Model;

namespace Dataset.Tests.Support
{
    /// <summary>
    /// Every field of an article as lines of text, from a runtime <see cref="Article"/> or from the parser's
    /// <see cref="ArticleSpec"/>, so a test can compare what was read back with what was parsed, and print the difference.
    /// </summary>
    internal static class ArticleDump
    {
        public static string[] Of(Article article) =>
            Lines(
                article.Id,
                article.Title,
                article.Url?.OriginalString,
                article.Published?.ToString("o", CultureInfo.InvariantCulture),
                article.Authors,
                article.Tags,
                article.Language,
                article.Dateline,
                article.PhotoCredit,
                article.WordCount,
                article.ContentHash,
                article.Paragraphs.Select(p => $"{p.Index} {p.Line}-{p.EndLine} [{p.Text}]"),
                article.RemovedLines.Select(l => $"{l.Line} [{l.Text}]"),
                article.Quotes.Select(q => $"{q.ArticleId} {q.Index} {q.Paragraph}:{q.Start}+{q.Length} {q.Kind} g{q.Group} [{q.Text}] {q.Speaker ?? "-"} / {q.SpeakerName ?? "-"} / {q.Cue ?? "-"}"),
                article.Speakers.Select(s => $"{s.Name} ({string.Join(", ", s.Aliases)}) {string.Join(" ", s.Quotes.Select(q => q.Index))}"));

        public static string[] Of(ArticleSpec article) =>
            Lines(
                article.Id,
                article.Metadata.Title,
                article.Metadata.Url,
                article.Metadata.Published?.Value.ToString("o", CultureInfo.InvariantCulture),
                article.Metadata.Authors,
                article.Metadata.Tags,
                article.Metadata.Language,
                article.Dateline,
                article.PhotoCredit,
                article.WordCount,
                article.ContentHash,
                article.Paragraphs.Select(p => $"{p.Index} {p.Line}-{p.EndLine} [{p.Text}]"),
                article.RemovedLines.Select(l => $"{l.Line} [{l.Text}]"),
                article.Quotes.Select(q => $"{article.Id} {q.Index} {q.Paragraph}:{q.Start}+{q.Length} {q.Kind} g{q.Group} [{q.Text}] {q.Speaker ?? "-"} / {q.SpeakerName ?? "-"} / {q.Cue ?? "-"}"),
                article.Speakers.Select(s => $"{s.Name} ({string.Join(", ", s.Aliases)}) {string.Join(" ", s.Quotes)}"));

        private static string[] Lines(
            string id,
            string? title,
            string? url,
            string? published,
            IEnumerable<string> authors,
            IEnumerable<string> tags,
            string? language,
            string? dateline,
            string? photoCredit,
            int wordCount,
            string contentHash,
            IEnumerable<string> paragraphs,
            IEnumerable<string> removedLines,
            IEnumerable<string> quotes,
            IEnumerable<string> speakers) =>
            new[]
            {
                "id " + id, "title " + (title ?? "-"), "url " + (url ?? "-"), "published " + (published ?? "-"),
                "authors " + string.Join(" | ", authors), "tags " + string.Join(" | ", tags), "language " + (language ?? "-"),
                "dateline " + (dateline ?? "-"), "credit " + (photoCredit ?? "-"), "words " + wordCount, "hash " + contentHash,
            }
            .Concat(paragraphs.Select(p => "paragraph " + p))
            .Concat(removedLines.Select(l => "removed " + l))
            .Concat(quotes.Select(q => "quote " + q))
            .Concat(speakers.Select(s => "speaker " + s))
            .ToArray();
    }
}

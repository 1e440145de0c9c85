using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using Dataset.Sample.Cli;

namespace Dataset.Sample.Export;

/// <summary>
/// The dataset as five related tables: the one shape every export format writes (README, "Export shape").
/// Column names are the <see cref="JsonPropertyNameAttribute"/> names: JSON and Parquet read them directly, CSV and
/// SQLite through <see cref="ExportColumn"/>.
/// </summary>
/// <param name="Articles">One row per article; key <c>id</c>.</param>
/// <param name="Paragraphs">One row per paragraph; key (<c>article_id</c>, <c>paragraph_index</c>).</param>
/// <param name="Quotes">One row per quote; key (<c>article_id</c>, <c>quote_index</c>).</param>
/// <param name="Speakers">One row per speaker of an article; key (<c>article_id</c>, <c>name</c>).</param>
/// <param name="RemovedLines">One row per junk line removed from a seed; key (<c>article_id</c>, <c>line</c>).</param>
public sealed record ExportTables(
    [property: JsonPropertyName(TableNames.Articles)] IReadOnlyList<ArticleRow> Articles,
    [property: JsonPropertyName(TableNames.Paragraphs)] IReadOnlyList<ParagraphRow> Paragraphs,
    [property: JsonPropertyName(TableNames.Quotes)] IReadOnlyList<QuoteRow> Quotes,
    [property: JsonPropertyName(TableNames.Speakers)] IReadOnlyList<SpeakerRow> Speakers,
    [property: JsonPropertyName(TableNames.RemovedLines)] IReadOnlyList<RemovedLineRow> RemovedLines)
{
    /// <summary>The tables of <paramref name="articles"/>.</summary>
    public static ExportTables From(IEnumerable<Article> articles)
    {
        List<Article> all = articles.ToList();
        return new ExportTables(
            all.Select(article => new ArticleRow(
                article.Id,
                article.SourceFile,
                article.Title,
                article.Url?.ToString(),
                article.Published?.UtcDateTime,
                article.Language,
                article.Dateline,
                article.PhotoCredit,
                [.. article.Authors],
                [.. article.Tags],
                article.WordCount,
                article.ContentHash)).ToList(),
            all.SelectMany(article => article.Paragraphs.Select(paragraph =>
                new ParagraphRow(article.Id, paragraph.Index, paragraph.Line, paragraph.Text))).ToList(),
            all.SelectMany(article => article.Quotes.Select(quote => new QuoteRow(
                quote.ArticleId,
                quote.Index,
                quote.Paragraph,
                quote.Start,
                quote.Length,
                quote.Text,
                quote.Speaker,
                quote.SpeakerName,
                quote.Cue,
                quote.Kind.ToString().ToLowerInvariant(),
                quote.Group))).ToList(),
            all.SelectMany(article => article.Speakers.Select(speaker =>
                new SpeakerRow(article.Id, speaker.Name, [.. speaker.Aliases], speaker.Quotes.Count))).ToList(),
            all.SelectMany(article => article.RemovedLines.Select(line =>
                new RemovedLineRow(article.Id, line.Line, line.Text))).ToList());
    }

    /// <summary>Each table with its name and columns, for the formats that write rows cell by cell (CSV, SQLite).</summary>
    public IEnumerable<ExportTable> Tables() =>
    [
        ExportTable.Of(TableNames.Articles, Articles),
        ExportTable.Of(TableNames.Paragraphs, Paragraphs),
        ExportTable.Of(TableNames.Quotes, Quotes),
        ExportTable.Of(TableNames.Speakers, Speakers),
        ExportTable.Of(TableNames.RemovedLines, RemovedLines),
    ];

    /// <summary>"1 article, 24 paragraphs, …": what an export wrote.</summary>
    public string Summary() => string.Join(", ", Tables().Select(table =>
        Counts.Of(table.Rows.Count, table.Name.Replace('_', ' ').TrimEnd('s')))); // every table name is a plain plural
}

/// <summary>The tables' names: JSON keys, CSV and Parquet file names, SQLite tables.</summary>
public static class TableNames
{
    /// <summary>One row per article.</summary>
    public const string Articles = "articles";

    /// <summary>One row per paragraph.</summary>
    public const string Paragraphs = "paragraphs";

    /// <summary>One row per quote.</summary>
    public const string Quotes = "quotes";

    /// <summary>One row per speaker of an article.</summary>
    public const string Speakers = "speakers";

    /// <summary>One row per junk line removed from a seed.</summary>
    public const string RemovedLines = "removed_lines";
}

/// <summary>An article (<see cref="Article"/>); the list columns are JSON arrays in CSV and SQLite.</summary>
public sealed record ArticleRow(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("source_file")] string SourceFile,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("published")] DateTime? Published,
    [property: JsonPropertyName("language")] string? Language,
    [property: JsonPropertyName("dateline")] string? Dateline,
    [property: JsonPropertyName("photo_credit")] string? PhotoCredit,
    [property: JsonPropertyName("authors")] string[] Authors,
    [property: JsonPropertyName("tags")] string[] Tags,
    [property: JsonPropertyName("word_count")] int WordCount,
    [property: JsonPropertyName("content_hash")] string ContentHash);

/// <summary>A paragraph (<see cref="Paragraph"/>): <c>line</c> is the seed file's 1-based line.</summary>
public sealed record ParagraphRow(
    [property: JsonPropertyName("article_id")] string ArticleId,
    [property: JsonPropertyName("paragraph_index")] int ParagraphIndex,
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("text")] string Text);

/// <summary>A quote (<see cref="Quote"/>): <c>text</c> is exactly <c>length</c> characters of its paragraph's text from <c>start</c>.</summary>
public sealed record QuoteRow(
    [property: JsonPropertyName("article_id")] string ArticleId,
    [property: JsonPropertyName("quote_index")] int QuoteIndex,
    [property: JsonPropertyName("paragraph_index")] int ParagraphIndex,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("length")] int Length,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("speaker")] string? Speaker,
    [property: JsonPropertyName("speaker_name")] string? SpeakerName,
    [property: JsonPropertyName("cue")] string? Cue,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("group_index")] int GroupIndex);

/// <summary>Someone quoted in one article (<see cref="Speaker"/>).</summary>
public sealed record SpeakerRow(
    [property: JsonPropertyName("article_id")] string ArticleId,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("aliases")] string[] Aliases,
    [property: JsonPropertyName("quote_count")] int QuoteCount);

/// <summary>A scraper junk line removed from a seed (<see cref="RemovedLine"/>).</summary>
public sealed record RemovedLineRow(
    [property: JsonPropertyName("article_id")] string ArticleId,
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("text")] string Text);

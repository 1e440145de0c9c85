using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Threading;
using Dataset.Sample.Cli;
using Dataset.Sample.Matching;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dataset.Sample.Commands;

/// <summary>How <c>list</c> orders the articles.</summary>
public enum ArticleOrder
{
    /// <summary>Ordinal id order, as <c>Articles.All</c> has them.</summary>
    Id,

    /// <summary>Longest first.</summary>
    Words,

    /// <summary>Most quotes first.</summary>
    Quotes,

    /// <summary>Newest first; undated articles last.</summary>
    Date,
}

/// <summary><c>list</c> (the default command): a table of the articles.</summary>
public sealed class ListCommand(IAnsiConsole console, ErrorReporter errors) : Command<ListCommand.Settings>
{
    /// <summary>The longest lede shown for an article without a title, in characters.</summary>
    public const int LedeLength = 60;

    /// <summary>Options of <c>list</c>.</summary>
    public sealed class Settings : LimitSettings
    {
        /// <summary>The order of the rows.</summary>
        [CommandOption("-s|--sort <ORDER>")]
        [Description("Order of the rows: id, words (longest first), quotes (most first) or date (newest first).")]
        [TypeConverter(typeof(LowerCaseEnumConverter<ArticleOrder>))]
        [DefaultValue("id")]
        public ArticleOrder Sort { get; set; }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (Articles.Ids.Count == 0)
        {
            return errors.NotFound("The dataset is empty.", "Add .txt articles to seeds/ and build again.");
        }

        List<Article> shown = Order(Articles.All, settings.Sort).Take(settings.Limit ?? int.MaxValue).ToList();
        bool anyDate = shown.Any(article => article.Published is not null);

        Table table = console.CreateTable().KeyColumn("id").TextColumn("title or lede");
        if (anyDate)
        {
            table.KeyColumn("published");
        }

        table.TextColumn("dateline").TextColumn("photo credit")
            .NumberColumn("paragraphs").NumberColumn("words").NumberColumn("quotes").NumberColumn("speakers");
        foreach (Article article in shown)
        {
            List<string> cells = [article.Id, TitleOrLede(article)];
            if (anyDate)
            {
                cells.Add(article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
            }

            cells.AddRange([
                article.Dateline ?? "",
                article.PhotoCredit ?? "",
                Counts.Number(article.Paragraphs.Count),
                Counts.Number(article.WordCount),
                Counts.Number(article.Quotes.Count),
                Counts.Number(article.Speakers.Count),
            ]);
            table.AddTextRow(cells);
        }

        console.Write(table);
        console.WriteLine(shown.Count == Articles.Count
            ? Counts.Of(Articles.Count, "article")
            : $"{shown.Count} of {Counts.Of(Articles.Count, "article")}");

        // The most quoted speaker, the shorter name on a tie: an example worth typing.
        string? topSpeaker = QuotedSpeaker.All().OrderByDescending(speaker => speaker.Quotes.Count).ThenBy(speaker => speaker.Name.Length).FirstOrDefault()?.Name;
        console.Hint(Markup.Escape(
            $"Next: show {shown[0].Id} · " + (topSpeaker is null ? "" : $"quotes --speaker \"{topSpeaker}\" · ") + "stats · export --format sqlite · --help"));
        return ExitCodes.Success;
    }

    /// <summary>The article's title, or when it has none the start of its first paragraph.</summary>
    public static string TitleOrLede(Article article)
    {
        string text = article.Title ?? (article.Paragraphs.Count > 0 ? article.Paragraphs[0].Text : "");
        if (text.Length <= LedeLength)
        {
            return text;
        }

        // Cut at the last space that fits, so no word is broken.
        int cut = text.LastIndexOf(' ', LedeLength - 1);
        return text[..(cut > 0 ? cut : LedeLength - 1)].TrimEnd(',', ';', ':') + "…";
    }

    private static IEnumerable<Article> Order(IEnumerable<Article> articles, ArticleOrder order) => order switch
    {
        ArticleOrder.Words => articles.OrderByDescending(article => article.WordCount).ThenBy(article => article.Id, StringComparer.Ordinal),
        ArticleOrder.Quotes => articles.OrderByDescending(article => article.Quotes.Count).ThenBy(article => article.Id, StringComparer.Ordinal),
        ArticleOrder.Date => articles
            .OrderByDescending(article => article.Published.HasValue)
            .ThenByDescending(article => article.Published)
            .ThenBy(article => article.Id, StringComparer.Ordinal),
        _ => articles,
    };
}

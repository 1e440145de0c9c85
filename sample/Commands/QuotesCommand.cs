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

/// <summary><c>quotes</c>: the quote table, filtered by speaker, article and kind.</summary>
public sealed class QuotesCommand(IAnsiConsole console, ErrorReporter errors) : Command<QuotesCommand.Settings>
{
    /// <summary>Options of <c>quotes</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Whose quotes.</summary>
        [CommandOption("-s|--speaker <NAME>")]
        [Description("Only quotes by this speaker: full name, a name as the article writes it (Xi), or words of the name; case and accents ignored.")]
        public string? Speaker { get; set; }

        /// <summary>Which article's quotes.</summary>
        [CommandOption("-a|--article <ID>")]
        [Description("Only quotes from this article (an id, or an unambiguous start of one).")]
        public string? Article { get; set; }

        /// <summary>Which kind of quote.</summary>
        [CommandOption("-k|--kind <KIND>")]
        [TypeConverter(typeof(LowerCaseEnumConverter<QuoteKind>))]
        [Description("Only full quotes (whole sentences) or partial ones (fragments inside the narrator's sentence).")]
        public QuoteKind? Kind { get; set; }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        IEnumerable<Quote> quotes = Articles.All.SelectMany(article => article.Quotes);
        string by = "";
        if (settings.Speaker is { } typed)
        {
            IReadOnlyList<QuotedSpeaker> speakers = QuotedSpeaker.Matching(typed);
            if (speakers.Count == 0)
            {
                IReadOnlyList<string> near = Suggestions.Near(typed, QuotedSpeaker.All(), speaker => speaker.Names).Select(speaker => speaker.Name).ToList();
                return errors.NotFound($"Nobody quoted in the dataset is called '{typed}'.", ErrorReporter.DidYouMean(near, "'speakers' lists everyone quoted."));
            }

            // The generated index already holds each speaker's quotes: no need to scan every article.
            quotes = speakers.SelectMany(speaker => speaker.Quotes);
            by = " by " + string.Join(", ", speakers.Select(speaker => speaker.Name));
        }

        string from = "";
        if (settings.Article is { } id)
        {
            if (ArticleIds.Find(id) is not { } article)
            {
                return ArticleIds.ReportUnknown(errors, id);
            }

            quotes = quotes.Where(quote => quote.ArticleId == article.Id);
            from = " in " + article.Id;
        }

        string kindWord = "";
        if (settings.Kind is { } kind)
        {
            quotes = quotes.Where(quote => quote.Kind == kind);
            kindWord = KindName(kind) + " ";
        }

        List<Quote> found = quotes.OrderBy(quote => quote.ArticleId, StringComparer.Ordinal).ThenBy(quote => quote.Index).ToList();
        if (found.Count == 0)
        {
            return errors.NotFound($"No {kindWord}quotes{by}{from}.", "Fewer options find more; 'speakers' lists everyone quoted.");
        }

        List<string> articleIds = found.Select(quote => quote.ArticleId).Distinct(StringComparer.Ordinal).ToList();

        // One article's quotes need no article column: the summary line names it.
        bool manyArticles = articleIds.Count > 1;
        Table table = console.CreateTable();
        if (manyArticles)
        {
            table.KeyColumn("article");
        }

        table.NumberColumn("#").TextColumn("speaker").TextColumn("cue").KeyColumn("kind").NumberColumn("¶").TextColumn("text");
        foreach (Quote quote in found)
        {
            List<string> cells = manyArticles ? [quote.ArticleId] : [];
            cells.AddRange([
                quote.Index.ToString(CultureInfo.InvariantCulture),
                quote.SpeakerName ?? quote.Speaker ?? "",
                quote.Cue ?? "",
                KindName(quote.Kind),
                quote.Paragraph.ToString(CultureInfo.InvariantCulture),
                "“" + quote.Text + "”",
            ]);
            table.AddTextRow(cells);
        }

        console.Write(table);
        console.WriteLine($"{Counts.Of(found.Count, kindWord + "quote")}{by} in {(manyArticles ? Counts.Of(articleIds.Count, "article") : articleIds[0])}");
        return ExitCodes.Success;
    }

    /// <summary>The kind as the command line spells it: full, partial.</summary>
    public static string KindName(QuoteKind kind) => kind.ToString().ToLowerInvariant();
}

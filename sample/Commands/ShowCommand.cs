using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Threading;
using Dataset.Sample.Cli;
using Dataset.Sample.Matching;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dataset.Sample.Commands;

/// <summary><c>show &lt;id&gt;</c>: one article, its metadata, its paragraphs with the quotations highlighted, and the junk removed.</summary>
public sealed class ShowCommand(IAnsiConsole console, ErrorReporter errors) : Command<ShowCommand.Settings>
{
    private static readonly Style Dim = new(decoration: Decoration.Dim);

    /// <summary>The arguments of <c>show</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The article's id, or an unambiguous start of it.</summary>
        [CommandArgument(0, "<id>")]
        [Description("The article's id (see 'list'), or enough of its start to be unambiguous.")]
        public string Id { get; set; } = "";

        /// <inheritdoc/>
        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Id) ? ValidationResult.Error("The id must not be empty.") : ValidationResult.Success();
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (ArticleIds.Find(settings.Id) is not { } article)
        {
            return ArticleIds.ReportUnknown(errors, settings.Id);
        }

        WriteMetadata(article);
        console.WriteLine();
        WriteParagraphs(article);
        if (article.RemovedLines.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Removed junk lines[/] (line: text)");
            Grid removed = new Grid().AddColumn(new GridColumn().RightAligned().NoWrap()).AddColumn();
            foreach (RemovedLine line in article.RemovedLines)
            {
                removed.AddRow(new Text(LineLabel(line.Line), Dim), new Text(line.Text));
            }

            console.Write(removed);
        }

        console.WriteLine();
        console.Hint(Markup.Escape($"'quotes --article {article.Id}' tabulates the quotes; 'export' writes the whole dataset."));
        return ExitCodes.Success;
    }

    private void WriteMetadata(Article article)
    {
        Grid grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Row(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                grid.AddRow(new Text(name, Dim), new Text(value));
            }
        }

        Row("id", article.Id);
        Row("title", article.Title);
        Row("url", article.Url?.ToString());
        Row("published", article.Published?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture));
        Row("authors", string.Join(", ", article.Authors));
        Row("tags", string.Join(", ", article.Tags));
        Row("language", article.Language);
        Row("dateline", article.Dateline);
        Row("photo credit", article.PhotoCredit);
        Row("source", article.SourceFile);
        Row("words", $"{Counts.Number(article.WordCount)} ({article.ReadingTime.ToString(@"m\:ss", CultureInfo.InvariantCulture)} to read)");
        Row("paragraphs", Counts.Number(article.Paragraphs.Count));
        Row("quotes", $"{Counts.Of(article.Quotes.Count, "quote")} by {Counts.Of(article.Speakers.Count, "speaker")}");
        Row("sha-256", article.ContentHash);

        string title = Markup.Escape(article.Title ?? article.Id);
        if (console.IsRich())
        {
            console.Write(new Panel(grid).Header($"[bold]{title}[/]").RoundedBorder());
        }
        else
        {
            // The grid already names the article; plain output needs no heading over it.
            console.Write(grid);
        }
    }

    private void WriteParagraphs(Article article)
    {
        ILookup<int, Quote> quotesByParagraph = article.Quotes.ToLookup(quote => quote.Paragraph);
        Grid grid = new Grid().AddColumn(new GridColumn().RightAligned().NoWrap()).AddColumn();
        foreach (Paragraph paragraph in article.Paragraphs)
        {
            string text = Highlighter.ToMarkup(paragraph.Text, quotesByParagraph[paragraph.Index].Select(quote => QuoteHighlight(paragraph.Text, quote)));
            grid.AddRow(new Text(LineLabel(paragraph.Line), Dim), new Markup(text));
        }

        console.Write(grid);
    }

    // The quotation with its marks, then its speaker: “This is very good,” [Xi Jinping] Xi stated.
    private static Highlight QuoteHighlight(string text, Quote quote)
    {
        int start = quote.Start > 0 && IsQuoteMark(text[quote.Start - 1]) ? quote.Start - 1 : quote.Start;
        int end = quote.Start + quote.Length;
        if (end < text.Length && IsQuoteMark(text[end]))
        {
            end++;
        }

        return new Highlight(start, end, "italic cyan", quote.SpeakerName ?? quote.Speaker ?? "unattributed");
    }

    private static bool IsQuoteMark(char c) => c is '"' or '“' or '”' or '«' or '»' or '‘' or '’' or '„';

    // A bare number, as `cat -n` and editors' gutters show it: the seed file's line.
    private static string LineLabel(int line) => line.ToString(CultureInfo.InvariantCulture);
}

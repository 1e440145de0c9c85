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

/// <summary><c>stats</c>: totals and distributions over the whole dataset.</summary>
public sealed class StatsCommand(IAnsiConsole console, ErrorReporter errors) : Command<StatsCommand.Settings>
{
    /// <summary>How many bars a chart has when no <c>--top</c> is given.</summary>
    public const int DefaultTop = 10;

    /// <summary>Options of <c>stats</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The most bars in each chart.</summary>
        [CommandOption("-t|--top <N>")]
        [TypeConverter(typeof(CountConverter))]
        [Description("Bars in each chart (top speakers, most quoted articles, junk lines).")]
        [DefaultValue(DefaultTop)]
        public int Top { get; set; } = DefaultTop;

        /// <inheritdoc/>
        public override ValidationResult Validate() => Options.AtLeastOne(Top, "--top");
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        IReadOnlyList<Article> articles = Articles.All;
        if (articles.Count == 0)
        {
            return errors.NotFound("The dataset is empty.", "Add .txt articles to seeds/ and build again.");
        }

        List<Quote> quotes = articles.SelectMany(article => article.Quotes).ToList();
        int words = articles.Sum(article => article.WordCount);
        int full = quotes.Count(quote => quote.Kind == QuoteKind.Full);
        var reading = TimeSpan.FromMinutes(words / (double)Article.WordsPerMinute);

        console.MarkupLine("[bold]Totals[/]");
        Grid totals = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn(new GridColumn().RightAligned().NoWrap()).AddColumn();
        totals.AddRow("articles", Counts.Number(articles.Count), "");
        totals.AddRow("paragraphs", Counts.Number(articles.Sum(article => article.Paragraphs.Count)), "");
        totals.AddRow("words", Counts.Number(words), $"{reading.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)} to read at {Article.WordsPerMinute} words a minute");
        totals.AddRow("quotes", Counts.Number(quotes.Count), $"{full} full, {quotes.Count - full} partial, {quotes.Count(quote => quote.SpeakerName is null)} without a named speaker");
        totals.AddRow("speakers", Counts.Number(Articles.SpeakerNames.Count), "distinct full names");
        totals.AddRow("removed junk lines", Counts.Number(articles.Sum(article => article.RemovedLines.Count)), "ads, 'Source link' and other scraper debris");
        console.Write(totals);

        console.WriteLine();
        console.MarkupLine("[bold]Per article[/]");
        Table perArticle = console.CreateTable().TextColumn("").NumberColumn("min").NumberColumn("median").NumberColumn("mean").NumberColumn("max");
        AddDistribution(perArticle, "paragraphs", articles.Select(article => article.Paragraphs.Count));
        AddDistribution(perArticle, "words", articles.Select(article => article.WordCount));
        AddDistribution(perArticle, "quotes", articles.Select(article => article.Quotes.Count));
        AddDistribution(perArticle, "speakers", articles.Select(article => article.Speakers.Count));
        AddDistribution(perArticle, "removed junk lines", articles.Select(article => article.RemovedLines.Count));
        console.Write(perArticle);

        WriteChart("Top speakers (quotes)", QuotedSpeaker.All().Take(settings.Top).Select(speaker => (speaker.Name, speaker.Quotes.Count)), Color.Green);
        WriteChart("Quotes by kind", [("full", full), ("partial", quotes.Count - full)], Color.Blue);
        WriteChart("Most quoted articles", articles
            .OrderByDescending(article => article.Quotes.Count)
            .ThenBy(article => article.Id, StringComparer.Ordinal)
            .Take(settings.Top)
            .Select(article => (article.Id, article.Quotes.Count)), Color.Aqua);
        WriteChart("Removed junk lines", articles
            .SelectMany(article => article.RemovedLines)
            .GroupBy(line => line.Text, StringComparer.Ordinal)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .Take(settings.Top)
            .Select(group => (group.Key, group.Count())), Color.Grey);
        return ExitCodes.Success;
    }

    private static void AddDistribution(Table table, string name, IEnumerable<int> values)
    {
        List<int> sorted = values.Order().ToList();
        double median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2.0;
        table.AddRow(name, Counts.Number(sorted[0]), Decimal(median), Decimal(sorted.Average()), Counts.Number(sorted[^1]));
    }

    private static string Decimal(double value) => value.ToString("#,0.#", CultureInfo.InvariantCulture);

    // A chart reads better than a column of numbers when the point is who or what dominates.
    private void WriteChart(string title, IEnumerable<(string Label, int Value)> bars, Color color)
    {
        List<(string Label, int Value)> shown = bars.Where(bar => bar.Value > 0).ToList();
        if (shown.Count == 0)
        {
            return;
        }

        console.WriteLine();
        console.MarkupLine($"[bold]{Markup.Escape(title)}[/]");
        var chart = new BarChart().Width(Math.Min(console.Profile.Width, Terminal.ChartWidth));
        foreach ((string label, int value) in shown)
        {
            // Bar labels are markup: "[ad_1]" must be escaped.
            chart.AddItem(Markup.Escape(label), value, color);
        }

        console.Write(chart);
    }
}

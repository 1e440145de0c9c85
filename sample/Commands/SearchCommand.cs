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

/// <summary><c>search &lt;words…&gt;</c>: the paragraphs that contain every word, matches highlighted.</summary>
public sealed class SearchCommand(IAnsiConsole console, ErrorReporter errors) : Command<SearchCommand.Settings>
{
    /// <summary>How many paragraphs are shown when no <c>--limit</c> is given.</summary>
    public const int DefaultLimit = 20;

    /// <summary>Arguments and options of <c>search</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The words every shown paragraph contains.</summary>
        [CommandArgument(0, "<words>")]
        [Description("Words a paragraph must all contain, each at the start of a word (commun finds communication); case and accents ignored.")]
        public string[] Words { get; set; } = [];

        /// <summary>The most paragraphs shown.</summary>
        [CommandOption("-n|--limit <N>")]
        [TypeConverter(typeof(CountConverter))]
        [Description("Show at most N paragraphs.")]
        [DefaultValue(DefaultLimit)]
        public int Limit { get; set; } = DefaultLimit;

        /// <inheritdoc/>
        public override ValidationResult Validate()
        {
            if (Words.Length == 0 || Words.Any(word => FoldedText.Term(word).Length == 0))
            {
                return ValidationResult.Error("Every search word needs a letter or a digit.");
            }

            return Options.AtLeastOne(Limit, "--limit");
        }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        List<string> words = settings.Words.Select(FoldedText.Term).Distinct(StringComparer.Ordinal).ToList();
        var matches = new List<(Article Article, Paragraph Paragraph, List<(int Start, int End)> Ranges)>();
        foreach (Article article in Articles.All)
        {
            foreach (Paragraph paragraph in article.Paragraphs)
            {
                var ranges = new List<(int Start, int End)>();
                if (FoldedText.Of(paragraph.Text).ContainsAll(words, ranges))
                {
                    matches.Add((article, paragraph, ranges));
                }
            }
        }

        string searched = string.Join(" ", settings.Words);
        if (matches.Count == 0)
        {
            return errors.NotFound($"No paragraph contains all of: {searched}.", "Fewer words find more; a word matches the start of a word, so shorter finds more too.");
        }

        Table table = console.CreateTable().KeyColumn("article").NumberColumn("¶").NumberColumn("line").TextColumn("text");
        foreach ((Article article, Paragraph paragraph, List<(int Start, int End)> ranges) in matches.Take(settings.Limit))
        {
            table.AddRow(
                Markup.Escape(article.Id),
                paragraph.Index.ToString(CultureInfo.InvariantCulture),
                paragraph.Line.ToString(CultureInfo.InvariantCulture),
                Highlighter.ToMarkup(paragraph.Text, ranges.Select(range => new Highlight(range.Start, range.End, "bold yellow"))));
        }

        console.Write(table);
        int articles = matches.Select(match => match.Article.Id).Distinct(StringComparer.Ordinal).Count();
        string shown = matches.Count > settings.Limit ? $" (showing {settings.Limit}; --limit shows more)" : "";
        console.WriteLine($"{Counts.Of(matches.Count, "paragraph")} in {Counts.Of(articles, "article")} {(matches.Count == 1 ? "contains" : "contain")} {searched}{shown}");
        return ExitCodes.Success;
    }
}

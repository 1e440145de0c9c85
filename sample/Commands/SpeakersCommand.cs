using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Dataset.Sample.Cli;
using Dataset.Sample.Matching;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dataset.Sample.Commands;

/// <summary><c>speakers</c>: everyone quoted across the dataset, most quoted first.</summary>
public sealed class SpeakersCommand(IAnsiConsole console, ErrorReporter errors) : Command<LimitSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, LimitSettings settings, CancellationToken cancellationToken)
    {
        IReadOnlyList<QuotedSpeaker> speakers = QuotedSpeaker.All();
        if (speakers.Count == 0)
        {
            return errors.NotFound("Nobody is quoted in the dataset.", "Quotes are found in the seeds when the project builds; 'stats' shows what the dataset holds.");
        }

        List<QuotedSpeaker> shown = speakers.Take(settings.Limit ?? int.MaxValue).ToList();
        Table table = console.CreateTable().TextColumn("speaker").NumberColumn("quotes").NumberColumn("articles").TextColumn("written as");
        foreach (QuotedSpeaker speaker in shown)
        {
            table.AddTextRow([speaker.Name, Counts.Number(speaker.Quotes.Count), Counts.Number(speaker.ArticleCount), string.Join(", ", speaker.Aliases)]);
        }

        console.Write(table);
        int quotes = speakers.Sum(speaker => speaker.Quotes.Count);
        console.WriteLine((shown.Count == speakers.Count ? Counts.Of(speakers.Count, "speaker") : $"{shown.Count} of {Counts.Of(speakers.Count, "speaker")}")
            + $" with {Counts.Of(quotes, "attributed quote")}");
        console.Hint(Markup.Escape($"'quotes --speaker \"{shown[0].Name}\"' shows what they said."));
        return ExitCodes.Success;
    }
}

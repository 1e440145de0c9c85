using System.Collections.Generic;
using System.Linq;
using System.Text;
using Spectre.Console;

namespace Dataset.Sample.Matching;

/// <summary>A stretch of text to style, with an optional note written after it (a quote's speaker).</summary>
public readonly record struct Highlight(int Start, int End, string Style, string? Note = null);

/// <summary>Turns plain text and highlights into Spectre.Console markup; everything else is escaped.</summary>
public static class Highlighter
{
    /// <summary>
    /// Markup for <paramref name="text"/> with each highlight styled. Overlapping highlights are merged (search
    /// words that touch), so the markup stays well formed; highlights outside the text are ignored.
    /// </summary>
    public static string ToMarkup(string text, IEnumerable<Highlight> highlights)
    {
        var markup = new StringBuilder(text.Length + 32);
        int written = 0;
        foreach (Highlight highlight in Merge(highlights.Where(h => h.Start >= 0 && h.End <= text.Length && h.Start < h.End)))
        {
            markup.Append(Markup.Escape(text[written..highlight.Start]));
            markup.Append('[').Append(highlight.Style).Append(']').Append(Markup.Escape(text[highlight.Start..highlight.End])).Append("[/]");
            if (highlight.Note is not null)
            {
                markup.Append("[dim] [[").Append(Markup.Escape(highlight.Note)).Append("]][/]");
            }

            written = highlight.End;
        }

        return markup.Append(Markup.Escape(text[written..])).ToString();
    }

    private static IEnumerable<Highlight> Merge(IEnumerable<Highlight> highlights)
    {
        Highlight? open = null;
        foreach (Highlight next in highlights.OrderBy(h => h.Start).ThenByDescending(h => h.End))
        {
            if (open is { } current && next.Start <= current.End)
            {
                open = current with { End = System.Math.Max(current.End, next.End), Note = current.Note ?? next.Note };
                continue;
            }

            if (open is { } done)
            {
                yield return done;
            }

            open = next;
        }

        if (open is { } last)
        {
            yield return last;
        }
    }
}

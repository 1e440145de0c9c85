using System.Collections.Generic;
using System.IO;
using System.Linq;
using Spectre.Console;

namespace Dataset.Sample.Cli;

/// <summary>
/// How output looks. On a terminal: colours, rounded tables, hints. Redirected to a file or a pipe: no escape codes,
/// borderless tables and nothing wrapped, so every row stays one line for grep, cut and diff.
/// </summary>
public static class Terminal
{
    /// <summary>The width a redirected console renders at: wide enough that no table cell or paragraph wraps.</summary>
    public const int RedirectedWidth = 4000;

    /// <summary>The widest a bar chart is drawn, even on a wide or redirected console.</summary>
    public const int ChartWidth = 72;

    /// <summary>Creates the console for one standard stream; <paramref name="redirected"/> makes it plain.</summary>
    public static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        // Said explicitly rather than left to detection: a redirected stream must never receive escape codes,
        // whatever TERM says.
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(redirected ? new LineEndTrimmingWriter(writer) : writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (redirected)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }

    /// <summary>Whether the console shows colours and styles (a terminal), rather than plain text.</summary>
    public static bool IsRich(this IAnsiConsole console) => console.Profile.Capabilities.Ansi;

    /// <summary>A table that looks right for the console: rounded borders on a terminal, none when plain.</summary>
    public static Table CreateTable(this IAnsiConsole console)
    {
        var table = new Table();
        if (console.IsRich())
        {
            table.Border(TableBorder.Rounded);
        }
        else
        {
            table.Border(TableBorder.None);
        }

        return table;
    }

    /// <summary>Adds a column whose cells are text, wrapped on a terminal.</summary>
    public static Table TextColumn(this Table table, string header) => table.AddColumn(new TableColumn(Header(header)));

    /// <summary>Adds a right-aligned column for counts and numbers, never wrapped.</summary>
    public static Table NumberColumn(this Table table, string header) =>
        table.AddColumn(new TableColumn(Header(header)).RightAligned().NoWrap());

    /// <summary>Adds a column for short identifiers that must stay whole (ids, line numbers).</summary>
    public static Table KeyColumn(this Table table, string header) => table.AddColumn(new TableColumn(Header(header)).NoWrap());

    /// <summary>Adds a row of plain text: nothing in the cells is read as markup (<c>[ad_1]</c> stays as it is).</summary>
    public static Table AddTextRow(this Table table, IEnumerable<string> cells) => table.AddRow(cells.Select(Markup.Escape).ToArray());

    /// <summary>A dim line of hints, shown only on a terminal: redirected output carries results alone.</summary>
    public static void Hint(this IAnsiConsole console, string markup)
    {
        if (console.IsRich())
        {
            console.MarkupLine("[dim]" + markup + "[/]");
        }
    }

    private static string Header(string text) => "[bold]" + Markup.Escape(text) + "[/]";
}

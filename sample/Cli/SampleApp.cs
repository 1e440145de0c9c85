using System;
using System.Reflection;
using Dataset.Sample.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dataset.Sample.Cli;

/// <summary>The command-line application: its commands, help text and error handling.</summary>
public static class SampleApp
{
    /// <summary>The name help text uses for the program.</summary>
    public const string Name = "Dataset.Sample";

    /// <summary>What <c>list</c> does; also the description of running with no command.</summary>
    public const string ListDescription = "List the articles: id, title or lede, dateline, photo credit and counts (the default command).";

    /// <summary>Runs the application on the process's standard output and error.</summary>
    public static int Run(string[] args)
    {
        var app = new CommandApp();
        app.SetDefaultCommand<ListCommand>().WithDescription(ListDescription);
        IAnsiConsole output = Terminal.Create(Console.Out, Console.IsOutputRedirected);
        IAnsiConsole errors = Terminal.Create(Console.Error, Console.IsErrorRedirected);
        app.Configure(config => Configure(config, output, errors));
        return app.Run(args);
    }

    /// <summary>
    /// Adds the commands and error handling. Results go to <paramref name="output"/>, problems to
    /// <paramref name="errors"/>; tests pass test consoles for both.
    /// </summary>
    public static void Configure(IConfigurator config, IAnsiConsole output, IAnsiConsole errors)
    {
        var reporter = new ErrorReporter(errors);
        config.SetApplicationName(Name);
        // This assembly's version, not the entry assembly's (UseAssemblyInformationalVersion): under a test host they differ.
        config.SetApplicationVersion(typeof(SampleApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
        config.ConfigureConsole(output);
        config.Settings.Registrar.RegisterInstance(reporter);
        config.SetExceptionHandler((exception, _) => reporter.Handle(exception));

        // Fails fast (as a usage error) if an example below stops parsing.
        config.ValidateExamples();

        config.AddCommand<ListCommand>("list")
            .WithDescription(ListDescription)
            .WithExample("list", "--sort", "words", "--limit", "5");
        config.AddCommand<ShowCommand>("show")
            .WithDescription("Show one article: metadata, paragraphs with their seed lines and quotations highlighted with their speakers, removed junk lines.")
            .WithExample("show", "000_93d74374661e688a")
            .WithExample("show", "000");
        config.AddCommand<QuotesCommand>("quotes")
            .WithDescription("List the quotes: speaker, cue, kind, paragraph and text.")
            .WithExample("quotes", "--speaker", "Xi")
            .WithExample("quotes", "--article", "000_93d74374661e688a", "--kind", "partial");
        config.AddCommand<SpeakersCommand>("speakers")
            .WithDescription("List everyone quoted, most quoted first, with quote and article counts and how the articles write them.");
        config.AddCommand<SearchCommand>("search")
            .WithDescription("Find the paragraphs that contain all the words (case and accents ignored), matches highlighted.")
            .WithExample("search", "Blinken", "Beijing")
            .WithExample("search", "commun", "--limit", "3");
        config.AddCommand<StatsCommand>("stats")
            .WithDescription("Show totals and distributions: articles, paragraphs, words, quotes, top speakers, removed junk lines.");
        config.AddCommand<ExportCommand>("export")
            .WithDescription("Write the whole dataset as tables (articles, paragraphs, quotes, speakers, removed_lines) in JSON, CSV, SQLite or Parquet.")
            .WithExample("export", "--format", "json", "--output", "dataset.json")
            .WithExample("export", "--format", "sqlite")
            .WithExample("export", "--format", "parquet", "--output", "parquet");
    }
}

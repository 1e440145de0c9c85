using System.ComponentModel;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Dataset.Sample.Cli;
using Dataset.Sample.Export;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dataset.Sample.Commands;

/// <summary>The file formats <c>export</c> writes.</summary>
public enum ExportFormat
{
    /// <summary>One JSON object with an array per table.</summary>
    Json,

    /// <summary>One CSV file per table.</summary>
    Csv,

    /// <summary>One SQLite database with a table per table.</summary>
    Sqlite,

    /// <summary>One Parquet file per table.</summary>
    Parquet,
}

/// <summary><c>export</c>: the whole dataset as related tables (articles, paragraphs, quotes, speakers, removed_lines).</summary>
public sealed class ExportCommand(IAnsiConsole console) : AsyncCommand<ExportCommand.Settings>
{
    /// <summary>Options of <c>export</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The file format.</summary>
        [CommandOption("-f|--format <FORMAT>")]
        [Description("json, csv, sqlite or parquet.")]
        [TypeConverter(typeof(LowerCaseEnumConverter<ExportFormat>))]
        [DefaultValue("json")]
        public ExportFormat Format { get; set; }

        /// <summary>Where to write; <see langword="null"/> for the format's default.</summary>
        [CommandOption("-o|--output <PATH>")]
        [Description("json: a file (default: standard output). csv, parquet: a folder that gets one file per table (default dataset-csv, dataset-parquet). sqlite: a database file, replaced if it exists (default dataset.sqlite).")]
        public string? Output { get; set; }

        /// <summary>The path written to: <see cref="Output"/> or the format's default; <see langword="null"/> for standard output.</summary>
        public string? Target => Output ?? Format switch
        {
            ExportFormat.Csv => "dataset-csv",
            ExportFormat.Sqlite => "dataset.sqlite",
            ExportFormat.Parquet => "dataset-parquet",
            _ => null,
        };

        /// <inheritdoc/>
        public override ValidationResult Validate()
        {
            bool writesFolder = Format is ExportFormat.Csv or ExportFormat.Parquet;
            string format = Format.ToString().ToLowerInvariant();
            return Target switch
            {
                "" => ValidationResult.Error("--output must not be empty."),
                var path when writesFolder && File.Exists(path) =>
                    ValidationResult.Error($"{format} writes a folder of files, but '{path}' is a file."),
                var path when !writesFolder && Directory.Exists(path) =>
                    ValidationResult.Error($"{format} writes one file, but '{path}' is a folder."),
                _ => ValidationResult.Success(),
            };
        }
    }

    /// <inheritdoc/>
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ExportTables tables = ExportTables.From(Articles.All);
        if (settings.Target is not { } target)
        {
            // The JSON itself is the output: written raw, past Spectre.Console, which would wrap long lines.
            await console.Profile.Out.Writer.WriteLineAsync(ExportJson.Serialize(tables));
            return ExitCodes.Success;
        }

        switch (settings.Format)
        {
            case ExportFormat.Json:
                await using (FileStream file = File.Create(target))
                {
                    await ExportJson.WriteAsync(file, tables, cancellationToken);
                }

                break;
            case ExportFormat.Csv:
                await CsvExport.WriteAsync(target, tables, cancellationToken);
                break;
            case ExportFormat.Sqlite:
                await SqliteExport.WriteAsync(target, tables, cancellationToken);
                break;
            case ExportFormat.Parquet:
                await ParquetExport.WriteAsync(target, tables, cancellationToken);
                break;
        }

        console.WriteLine($"Wrote {tables.Summary()} to {target}");
        return ExitCodes.Success;
    }
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using CsvHelper;
using Dataset.Sample.Cli;
using Dataset.Sample.Tests.Support;
using Microsoft.Data.Sqlite;
using Parquet;
using Parquet.Schema;
using Parquet.Serialization;
using Xunit;

namespace Dataset.Sample.Tests;

public sealed class ExportCommandTests
{
    // The real seed's table sizes: 1 article, 24 paragraphs, 13 quotes, 5 speakers, 4 junk lines.
    private static readonly Dictionary<string, int> RowCounts = new()
    {
        ["articles"] = 1,
        ["paragraphs"] = 24,
        ["quotes"] = 13,
        ["speakers"] = 5,
        ["removed_lines"] = 4,
    };

    private static readonly Dictionary<string, string[]> Columns = new()
    {
        ["articles"] = ["id", "source_file", "title", "url", "published", "language", "dateline", "photo_credit", "authors", "tags", "word_count", "content_hash"],
        ["paragraphs"] = ["article_id", "paragraph_index", "line", "text"],
        ["quotes"] = ["article_id", "quote_index", "paragraph_index", "start", "length", "text", "speaker", "speaker_name", "cue", "kind", "group_index"],
        ["speakers"] = ["article_id", "name", "aliases", "quote_count"],
        ["removed_lines"] = ["article_id", "line", "text"],
    };

    private static Quote HopeQuote => Articles.Get(SampleCli.SeedId).Quotes[3];

    [Fact]
    public void Json_goes_to_standard_output_and_parses_back_to_the_same_tables()
    {
        CliRun run = SampleCli.Run("export");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Empty(run.Errors);
        AssertJson(run.Output);

        // Typographic marks stay readable instead of \u2018 escapes.
        Assert.Contains("‘China threat theory’", run.Output);
        Assert.DoesNotContain("\\u20", run.Output);
    }

    [Fact]
    public void Json_goes_to_a_file_when_asked()
    {
        using var folder = new TemporaryFolder();
        CliRun run = SampleCli.Run("export", "--format", "json", "--output", folder["dataset.json"]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal($"Wrote 1 article, 24 paragraphs, 13 quotes, 5 speakers, 4 removed lines to {folder["dataset.json"]}", run.Output);
        AssertJson(File.ReadAllText(folder["dataset.json"]));
    }

    [Fact]
    public void Csv_writes_one_file_per_table_that_CsvHelper_reads_back()
    {
        using var folder = new TemporaryFolder();
        CliRun run = SampleCli.Run("export", "-f", "csv", "-o", folder["csv"]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(RowCounts.Keys.Select(table => table + ".csv").Order(), Directory.GetFiles(folder["csv"]).Select(Path.GetFileName).Order());
        foreach ((string table, int count) in RowCounts)
        {
            using CsvReader csv = CsvReader.FromFile(Path.Combine(folder["csv"], table + ".csv"), new CsvReaderOptions());
            csv.ReadHeader();
            Assert.Equal(Columns[table], csv.Headers);
            int rows = 0;
            while (csv.Read())
            {
                rows++;
            }

            Assert.Equal(count, rows);
        }

        // Commas, curly quotes and nested marks survive quoting.
        using CsvReader quotes = CsvReader.FromFile(Path.Combine(folder["csv"], "quotes.csv"), new CsvReaderOptions());
        quotes.ReadHeader();
        var texts = new List<string>();
        while (quotes.Read())
        {
            texts.Add(quotes.GetString("text"));
            if (quotes.GetString("speaker_name") == "Xi Jinping" && quotes.Parse<int>("quote_index") == 3)
            {
                Assert.Equal("Xi", quotes.GetString("speaker"));
                Assert.Equal("full", quotes.GetString("kind"));
            }
        }

        Assert.Equal(Articles.Get(SampleCli.SeedId).Quotes.Select(quote => quote.Text), texts);
        Assert.Contains(HopeQuote.Text, texts);
    }

    [Fact]
    public void Sqlite_is_a_database_that_answers_sql()
    {
        using var folder = new TemporaryFolder();
        string database = folder["dataset.sqlite"];
        Assert.Equal(ExitCodes.Success, SampleCli.Run("export", "--format", "sqlite", "--output", database).ExitCode);

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        foreach ((string table, int count) in RowCounts)
        {
            Assert.Equal(count, Scalar<long>(connection, $"SELECT COUNT(*) FROM {table}"));
            Assert.Equal(Columns[table], Query(connection, $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid", reader => reader.GetString(0)));
        }

        Assert.Equal(
            ["China’s Ministry of Foreign Affairs: 5", "Xi Jinping: 5", "Antony Blinken: 1", "Beijing: 1", "The State Department: 1"],
            Query(connection, "SELECT speaker_name, COUNT(*) AS quotes FROM quotes GROUP BY speaker_name ORDER BY quotes DESC, speaker_name", reader => $"{reader.GetString(0)}: {reader.GetInt64(1)}"));

        // Each quote is exactly its paragraph's text at start/length (SQLite counts from 1).
        Assert.Equal(13L, Scalar<long>(connection, "SELECT COUNT(*) FROM quotes q JOIN paragraphs p USING (article_id, paragraph_index) WHERE substr(p.text, q.start + 1, q.length) = q.text"));
        Assert.Empty(Query(connection, "PRAGMA foreign_key_check", reader => reader.GetString(0)));
        Assert.Equal(["Xi"], Query(connection, "SELECT value FROM speakers, json_each(speakers.aliases) WHERE name = 'Xi Jinping'", reader => reader.GetString(0)));
        Assert.Equal(["quotes_by_speaker_name", "speakers_by_name"], Query(connection, "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name", reader => reader.GetString(0)));
    }

    [Fact]
    public void Sqlite_replaces_an_existing_database()
    {
        using var folder = new TemporaryFolder();
        string database = folder["dataset.sqlite"];
        File.WriteAllText(database, "not a database");

        Assert.Equal(ExitCodes.Success, SampleCli.Run("export", "--format", "sqlite", "--output", database).ExitCode);
        Assert.Equal(ExitCodes.Success, SampleCli.Run("export", "--format", "sqlite", "--output", database).ExitCode);

        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        Assert.Equal(13L, Scalar<long>(connection, "SELECT COUNT(*) FROM quotes"));
        Assert.False(File.Exists(database + ".partial"));
    }

    [Fact]
    public async Task Parquet_writes_one_file_per_table_that_Parquet_Net_reads_back()
    {
        using var folder = new TemporaryFolder();
        Assert.Equal(ExitCodes.Success, SampleCli.Run("export", "--format", "parquet", "--output", folder["parquet"]).ExitCode);

        foreach ((string table, int count) in RowCounts)
        {
            string file = Path.Combine(folder["parquet"], table + ".parquet");
            await using ParquetReader reader = await ParquetReader.CreateAsync(file);
            Assert.Equal(Columns[table], reader.Schema.Fields.Select(field => field.Name));
            Assert.Equal(count, reader.RowGroups.Sum(group => group.RowCount));
        }

        await using FileStream quotesFile = File.OpenRead(Path.Combine(folder["parquet"], "quotes.parquet"));
        var quotes = (await ParquetSerializer.DeserializeUntypedAsync(quotesFile)).Data;
        Assert.Equal(5, quotes.Count(row => (string?)row["speaker_name"] == "Xi Jinping"));
        Assert.Equal(HopeQuote.Text, quotes.Single(row => (int)row["quote_index"]! == 3)["text"]);

        // List columns are Parquet lists, not JSON text.
        ParquetSchema speakers = await ParquetReader.ReadSchemaAsync(Path.Combine(folder["parquet"], "speakers.parquet"));
        Assert.IsType<ListField>(speakers.Fields.Single(field => field.Name == "aliases"));
    }

    [Theory]
    [InlineData("sqlite", "", "--output must not be empty.")]
    [InlineData("xml", null, "'xml' is not one of: json, csv, sqlite, parquet.")]
    public void Impossible_exports_are_usage_errors(string format, string? output, string message)
    {
        CliRun run = SampleCli.Run(output is null ? ["export", "--format", format] : ["export", "--format", format, "--output", output]);

        run.AssertFails(ExitCodes.Usage, message);
    }

    [Fact]
    public void A_folder_format_refuses_a_file_and_a_file_format_refuses_a_folder()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder["taken"], "");

        SampleCli.Run("export", "-f", "csv", "-o", folder["taken"]).AssertFails(ExitCodes.Usage, $"csv writes a folder of files, but '{folder["taken"]}' is a file.");
        SampleCli.Run("export", "-f", "sqlite", "-o", folder.Path).AssertFails(ExitCodes.Usage, $"sqlite writes one file, but '{folder.Path}' is a folder.");
    }

    private static void AssertJson(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        Assert.Equal(RowCounts.Keys, document.RootElement.EnumerateObject().Select(table => table.Name));
        foreach ((string table, int count) in RowCounts)
        {
            JsonElement rows = document.RootElement.GetProperty(table);
            Assert.Equal(count, rows.GetArrayLength());
            Assert.Equal(Columns[table], rows[0].EnumerateObject().Select(column => column.Name));
        }

        JsonElement article = document.RootElement.GetProperty("articles")[0];
        Assert.Equal(SampleCli.SeedId, article.GetProperty("id").GetString());
        Assert.Equal("Leah Millis/AP", article.GetProperty("photo_credit").GetString());
        Assert.Equal(920, article.GetProperty("word_count").GetInt32());
        Assert.Equal(JsonValueKind.Array, article.GetProperty("authors").ValueKind);
        Assert.Equal(5, document.RootElement.GetProperty("quotes").EnumerateArray().Count(quote => quote.GetProperty("speaker_name").GetString() == "Xi Jinping"));
    }

    private static T Scalar<T>(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }

    private static List<T> Query<T>(SqliteConnection connection, string sql, System.Func<SqliteDataReader, T> read)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using SqliteDataReader reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}

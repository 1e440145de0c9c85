using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace Dataset.Sample.Export;

/// <summary>Writes <see cref="ExportTables"/> as a SQLite database with keys and indexes, ready for <c>sqlite3</c>.</summary>
public static class SqliteExport
{
    /// <summary>
    /// The database's schema (also in the README). Lists are JSON arrays (<c>json_each</c> reads them), times ISO 8601
    /// UTC text. Foreign keys are declared for tools and joins; SQLite checks them only with
    /// <c>PRAGMA foreign_keys = ON</c>, and <c>PRAGMA foreign_key_check</c> finds none broken.
    /// </summary>
    public const string Schema = """
        CREATE TABLE articles (
            id              TEXT PRIMARY KEY,
            source_file     TEXT NOT NULL,
            title           TEXT,
            url             TEXT,
            published       TEXT,             -- ISO 8601 UTC, e.g. 2023-06-19T08:00:00Z
            language        TEXT,
            dateline        TEXT,
            photo_credit    TEXT,
            authors         TEXT NOT NULL,    -- JSON array
            tags            TEXT NOT NULL,    -- JSON array
            word_count      INTEGER NOT NULL,
            content_hash    TEXT NOT NULL     -- SHA-256 of the paragraphs joined by \n
        );

        CREATE TABLE paragraphs (
            article_id      TEXT NOT NULL REFERENCES articles (id),
            paragraph_index INTEGER NOT NULL, -- 0-based position in the article
            line            INTEGER NOT NULL, -- 1-based line of the seed file
            text            TEXT NOT NULL,
            PRIMARY KEY (article_id, paragraph_index)
        );

        CREATE TABLE quotes (
            article_id      TEXT NOT NULL REFERENCES articles (id),
            quote_index     INTEGER NOT NULL, -- 0-based position in the article
            paragraph_index INTEGER NOT NULL,
            start           INTEGER NOT NULL, -- text = substr(paragraph text, start + 1, length)
            length          INTEGER NOT NULL,
            text            TEXT NOT NULL,    -- the characters between the quotation marks
            speaker         TEXT,             -- as the attribution writes it: Xi
            speaker_name    TEXT,             -- the fullest name in the article: Xi Jinping
            cue             TEXT,             -- the reporting verb as written: stated
            kind            TEXT NOT NULL CHECK (kind IN ('full', 'partial')),
            group_index     INTEGER NOT NULL, -- pieces of one utterance share it
            PRIMARY KEY (article_id, quote_index),
            FOREIGN KEY (article_id, paragraph_index) REFERENCES paragraphs (article_id, paragraph_index),
            FOREIGN KEY (article_id, speaker_name) REFERENCES speakers (article_id, name)
        );

        CREATE TABLE speakers (
            article_id      TEXT NOT NULL REFERENCES articles (id),
            name            TEXT NOT NULL,    -- equals quotes.speaker_name
            aliases         TEXT NOT NULL,    -- JSON array: how attributions write them
            quote_count     INTEGER NOT NULL,
            PRIMARY KEY (article_id, name)
        );

        CREATE TABLE removed_lines (
            article_id      TEXT NOT NULL REFERENCES articles (id),
            line            INTEGER NOT NULL, -- 1-based line of the seed file
            text            TEXT NOT NULL,
            PRIMARY KEY (article_id, line)
        );

        CREATE INDEX quotes_by_speaker_name ON quotes (speaker_name);
        CREATE INDEX speakers_by_name ON speakers (name);
        """;

    /// <summary>Writes the database to <paramref name="path"/>, replacing any file there.</summary>
    public static async Task WriteAsync(string path, ExportTables tables, CancellationToken cancellationToken)
    {
        // Built beside the target and moved over it at the end, so a failed export never leaves half a database
        // where a good one was.
        string building = path + ".partial";
        File.Delete(building);

        // No pooling: a pooled connection would keep the file open and the move would fail on Windows. Foreign keys
        // unchecked while loading (the bundled SQLite checks them by default), so tables load in any order.
        var connectionString = new SqliteConnectionStringBuilder { DataSource = building, Pooling = false, ForeignKeys = false }.ToString();
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using (SqliteCommand create = connection.CreateCommand())
            {
                create.CommandText = Schema;
                await create.ExecuteNonQueryAsync(cancellationToken);
            }

            foreach (ExportTable table in tables.Tables())
            {
                await InsertAsync(connection, table, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        File.Move(building, path, overwrite: true);
    }

    private static async Task InsertAsync(SqliteConnection connection, ExportTable table, CancellationToken cancellationToken)
    {
        await using SqliteCommand insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO {table.Name} ({string.Join(", ", table.Columns.Select(column => column.Name))}) "
            + $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$" + i))})";
        SqliteParameter[] parameters = table.Columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter("$" + i, null))).ToArray();
        foreach (object row in table.Rows)
        {
            for (int i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = table.Columns[i].FlatValue(row) ?? DBNull.Value;
            }

            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}

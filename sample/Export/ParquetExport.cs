using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Parquet.Serialization;

namespace Dataset.Sample.Export;

/// <summary>Writes <see cref="ExportTables"/> as one Parquet file per table, ready for DuckDB, pandas or Spark.</summary>
public static class ParquetExport
{
    /// <summary>Writes <c>&lt;table&gt;.parquet</c> files into <paramref name="folder"/>, replacing any there.</summary>
    public static async Task WriteAsync(string folder, ExportTables tables, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);

        // Parquet has lists and timestamps, so rows are written as they are: string[] columns are Parquet lists.
        await WriteAsync(folder, TableNames.Articles, tables.Articles, cancellationToken);
        await WriteAsync(folder, TableNames.Paragraphs, tables.Paragraphs, cancellationToken);
        await WriteAsync(folder, TableNames.Quotes, tables.Quotes, cancellationToken);
        await WriteAsync(folder, TableNames.Speakers, tables.Speakers, cancellationToken);
        await WriteAsync(folder, TableNames.RemovedLines, tables.RemovedLines, cancellationToken);
    }

    private static Task WriteAsync<TRow>(string folder, string table, IReadOnlyList<TRow> rows, CancellationToken cancellationToken) =>
        ParquetSerializer.SerializeAsync(rows, Path.Combine(folder, table + ".parquet"), cancellationToken: cancellationToken);
}

using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CsvHelper;

namespace Dataset.Sample.Export;

/// <summary>Writes <see cref="ExportTables"/> as one RFC 4180 CSV file per table, with a header row.</summary>
public static class CsvExport
{
    // UTF-8 without a byte order mark and no formula escaping: the text must arrive exactly as the articles have it.
    private static readonly CsvWriterOptions Options = new()
    {
        FormatProvider = CultureInfo.InvariantCulture,
        WriteByteOrderMark = false,
        Injection = CsvInjection.None,
    };

    /// <summary>Writes <c>&lt;table&gt;.csv</c> files into <paramref name="folder"/>, replacing any there.</summary>
    public static async Task WriteAsync(string folder, ExportTables tables, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        foreach (ExportTable table in tables.Tables())
        {
            await using CsvWriter csv = CsvWriter.ToFile(Path.Combine(folder, table.Name + ".csv"), Options);
            await csv.WriteRecordAsync(table.Columns.Select(column => column.Name).ToArray(), cancellationToken);
            foreach (object row in table.Rows)
            {
                string[] fields = table.Columns
                    .Select(column => Convert.ToString(column.FlatValue(row), CultureInfo.InvariantCulture) ?? "")
                    .ToArray();
                await csv.WriteRecordAsync(fields, cancellationToken);
            }
        }
    }
}

using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace Dataset.Sample.Export;

/// <summary>The System.Text.Json source-generated serializers the export uses: no reflection at run time.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(ExportTables))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class ExportJsonContext : JsonSerializerContext;

/// <summary>Writes <see cref="ExportTables"/> as one JSON object with an array per table.</summary>
public static class ExportJson
{
    // Articles are full of “curly quotes”, accents and dashes; the default encoder writes them as \uXXXX escapes,
    // which is valid but unreadable. The relaxed encoder is "unsafe" only for JSON pasted into HTML.
    private static readonly ExportJsonContext Context = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private static readonly ExportJsonContext Compact = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The tables as indented JSON text.</summary>
    public static string Serialize(ExportTables tables) => JsonSerializer.Serialize(tables, Context.ExportTables);

    /// <summary>Writes the tables to a stream as indented UTF-8 JSON.</summary>
    public static Task WriteAsync(Stream stream, ExportTables tables, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(stream, tables, Context.ExportTables, cancellationToken);

    /// <summary>A list as a one-line JSON array, the way CSV and SQLite store list columns.</summary>
    public static string Array(string[] values) => JsonSerializer.Serialize(values, Compact.StringArray);
}

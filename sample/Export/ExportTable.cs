using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Dataset.Sample.Export;

/// <summary>One column of an export table: its name and how to read it from a row.</summary>
public sealed record ExportColumn(string Name, Type Type, Func<object, object?> Read)
{
    /// <summary>
    /// The value as a format without lists or dates stores it (CSV, SQLite): lists as JSON arrays, times as
    /// ISO 8601 UTC text (which SQLite's date functions read), everything else as it is.
    /// </summary>
    public object? FlatValue(object row) => Read(row) switch
    {
        string[] list => ExportJson.Array(list),
        DateTime time => time.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", CultureInfo.InvariantCulture),
        var value => value,
    };
}

/// <summary>A named table of rows with its columns, in declaration order.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<ExportColumn> Columns, IReadOnlyList<object> Rows)
{
    /// <summary>The table of <typeparamref name="TRow"/>s, columns named by their <see cref="JsonPropertyNameAttribute"/>.</summary>
    public static ExportTable Of<TRow>(string name, IReadOnlyList<TRow> rows)
        where TRow : notnull
    {
        List<ExportColumn> columns = typeof(TRow)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetCustomAttribute<JsonPropertyNameAttribute>() is not null)
            .OrderBy(property => property.MetadataToken) // declaration order: the record's parameter order
            .Select(property => new ExportColumn(
                property.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name,
                Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType,
                property.GetValue))
            .ToList();
        return new ExportTable(name, columns, rows.Cast<object>().ToList());
    }
}

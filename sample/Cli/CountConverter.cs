using System;
using System.ComponentModel;
using System.Globalization;

namespace Dataset.Sample.Cli;

/// <summary>
/// Reads a count option (<c>--limit</c>, <c>--top</c>) and says plainly what is wrong with anything else; Spectre.Console.Cli's
/// own message names the CLR type (<c>Failed to convert 'abc' to Nullable`1</c>).
/// </summary>
public sealed class CountConverter : TypeConverter
{
    /// <inheritdoc/>
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) => sourceType == typeof(string);

    /// <inheritdoc/>
    public override object ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        int.TryParse((string)value, NumberStyles.None, CultureInfo.InvariantCulture, out int count)
            ? count
            : throw new FormatException($"'{value}' is not a whole number.");
}

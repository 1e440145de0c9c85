using System;
using System.ComponentModel;
using System.Globalization;
using System.Linq;

namespace Dataset.Sample.Cli;

/// <summary>
/// Reads an enum option the way help text spells it (<c>--kind partial</c>, case ignored) and, for anything else,
/// names the values that would work; Spectre.Console.Cli's own message names the CLR type (<c>Nullable`1</c>).
/// </summary>
public sealed class LowerCaseEnumConverter<TEnum> : TypeConverter
    where TEnum : struct, Enum
{
    /// <summary>The values as typed: <c>full, partial</c>.</summary>
    public static string Values => string.Join(", ", Enum.GetNames<TEnum>().Select(name => name.ToLowerInvariant()));

    /// <inheritdoc/>
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) => sourceType == typeof(string);

    /// <inheritdoc/>
    public override object ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value)
    {
        string text = (string)value;

        // Numbers parse as enums too, which no one typing --kind 1 means.
        if (!text.All(char.IsAsciiDigit) && Enum.TryParse(text, ignoreCase: true, out TEnum parsed))
        {
            return parsed;
        }

        throw new FormatException($"'{text}' is not one of: {Values}.");
    }
}

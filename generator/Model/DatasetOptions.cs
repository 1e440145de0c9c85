namespace Dataset.Generator.Model
{
    /// <summary>The consuming project's settings that shape the generated code.</summary>
    /// <param name="Namespace">Namespace of the generated class.</param>
    /// <param name="ClassName">Name of the generated static class.</param>
    /// <param name="IsPublic">Whether the generated class is public (otherwise internal).</param>
    /// <param name="SourceRoot">Absolute directory that <c>Article.SourceFile</c> is made relative to; may be empty.</param>
    /// <param name="ArticlesPerFile">How many articles one generated file (and one data chunk) holds.</param>
    /// <param name="MaxDataLength">The most bytes of data one assembly is built with (DS0019 beyond).</param>
    /// <param name="QuoteConstants">Whether to emit the <c>Articles.Quotes</c> constant tables (their text is stored a second time, as UTF-16).</param>
    /// <param name="Language">What the consumer's C# version and references allow.</param>
    internal sealed record DatasetOptions(
        string Namespace,
        string ClassName,
        bool IsPublic,
        string SourceRoot,
        int ArticlesPerFile,
        long MaxDataLength,
        bool QuoteConstants,
        LanguageSupport Language);

    /// <param name="NullableAnnotations">C# 8+: <c>#nullable enable</c> and <c>?</c> on reference types.</param>
    /// <param name="NotNullWhenAttribute">The consumer can see <c>System.Diagnostics.CodeAnalysis.NotNullWhenAttribute</c>.</param>
    /// <param name="Utf8Literals">C# 11+: data as <c>"…"u8</c> literals; older versions get it packed into string literals.</param>
    internal readonly record struct LanguageSupport(bool NullableAnnotations, bool NotNullWhenAttribute, bool Utf8Literals);
}

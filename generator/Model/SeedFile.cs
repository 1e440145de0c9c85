namespace Dataset.Generator.Model
{
    /// <summary>The parse result of one seed together with the path its diagnostics are reported against.</summary>
    internal sealed record SeedFile(string Path, SeedParseResult Result);
}

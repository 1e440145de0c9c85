namespace Dataset.Generator.Model
{
    /// <summary>
    /// A problem found in a seed, described without Roslyn types so that parsing stays a pure function and the
    /// pipeline model stays equatable. The generator turns it into a <c>Diagnostic</c> located in the seed file.
    /// </summary>
    /// <param name="Id">A <c>DiagnosticCatalog</c> id, e.g. <c>DS0002</c>.</param>
    /// <param name="Span">Where in the seed text the problem is.</param>
    /// <param name="Arguments">Values for the descriptor's message format, already formatted as invariant strings.</param>
    internal sealed record SeedDiagnostic(string Id, TextRange Span, EquatableArray<string> Arguments)
    {
        /// <summary>Stands for the diagnostics of its id that <c>DiagnosticCap</c> left out; its arguments are their count and the cap.</summary>
        public bool IsSummary { get; init; }

        /// <summary>A summary of informational diagnostics left out across the whole dataset, not in one seed; its arguments are their count, their seeds and the cap.</summary>
        public bool IsDatasetSummary { get; init; }

        public static SeedDiagnostic Create(string id, TextRange span, params string[] arguments) =>
            new(id, span, arguments.ToEquatableArray());
    }

    /// <summary>A span of seed text: character offsets plus 0-based line/column of both ends.</summary>
    internal readonly record struct TextRange(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
    {
        public static TextRange FileStart => new(0, 0, 0, 0, 0, 0);

        /// <summary>A range that stays on one line.</summary>
        public static TextRange OnLine(int lineIndex, int lineStartOffset, int column, int length) =>
            new(lineStartOffset + column, length, lineIndex, column, lineIndex, column + length);
    }

    /// <summary>What parsing one seed produced: an article (unless the seed is unusable) and its diagnostics.</summary>
    internal sealed record SeedParseResult(ArticleSpec? Article, EquatableArray<SeedDiagnostic> Diagnostics);
}

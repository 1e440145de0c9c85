namespace Dataset.Generator.Model
{
    /// <summary>Everything the emitter needs to write one article; produced by <c>SeedParser</c>.</summary>
    /// <param name="Id">The article id: the seed's <c>DatasetId</c> item metadata, else its front matter's <c>id</c>, else its file name without extension.</param>
    /// <param name="SourceFile">
    /// The seed's path as shown to users: relative to the source root, with <c>/</c>. The parser sets it to the
    /// file name; the pipeline makes it relative once it knows the project directory.
    /// </param>
    internal sealed record ArticleSpec(
        string Id,
        string SourceFile,
        FrontMatterSpec Metadata,
        string? Dateline,
        string? PhotoCredit,
        EquatableArray<ParagraphSpec> Paragraphs,
        EquatableArray<QuoteSpec> Quotes,
        EquatableArray<SpeakerSpec> Speakers,
        int WordCount,
        string ContentHash,
        EquatableArray<RemovedLineSpec> RemovedLines);

    /// <param name="Line">1-based line in the seed file where <paramref name="Text"/> starts.</param>
    /// <param name="Column">0-based column in that line where <paramref name="Text"/> starts (after indentation or a dateline).</param>
    /// <param name="Offset">0-based character offset in the seed text where <paramref name="Text"/> starts.</param>
    /// <param name="EndLine">
    /// 1-based line in the seed file where the paragraph ends: <paramref name="Line"/>, unless the paragraph was
    /// joined from the wrapped lines of a blank-line-separated block.
    /// </param>
    internal sealed record ParagraphSpec(int Index, string Text, int Line, int Column, int Offset, int EndLine);

    internal sealed record RemovedLineSpec(int Line, string Text);
}

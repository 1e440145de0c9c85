namespace Dataset.Generator.Model
{
    /// <summary>One article ready to emit: its spec, the property it becomes, and the consumer's settings.</summary>
    /// <param name="HintName">Unique ignoring case, as Roslyn requires (<c>News_abc</c> and <c>News_ABC</c> are two members but would be one file).</param>
    internal sealed record ArticleSource(ArticleSpec Article, string MemberName, string HintName, DatasetOptions Options);

    /// <summary>The dataset-wide members: one entry per generated article, in ordinal id order.</summary>
    internal sealed record IndexSource(EquatableArray<IndexEntry> Entries, DatasetOptions Options)
    {
        public string HintName => Options.ClassName + ".g.cs";
    }

    /// <param name="Speakers">The article's speakers, for the dataset-wide quotes-by-speaker index.</param>
    internal sealed record IndexEntry(string Id, string MemberName, EquatableArray<SpeakerSpec> Speakers);
}

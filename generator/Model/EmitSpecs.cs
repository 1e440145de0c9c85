namespace Dataset.Generator.Model
{
    /// <summary>One article ready to emit: its spec, the property it becomes and its position in the dataset.</summary>
    /// <param name="Number">0-based position in ordinal id order: the article's index in the data.</param>
    internal sealed record ArticleSource(ArticleSpec Article, string MemberName, int Number);

    /// <summary>
    /// One generated file of articles: their properties, quote constants and data. Files hold a fixed number of
    /// articles, so editing a seed rewrites one file and the IDE never shows thousands of them.
    /// </summary>
    /// <param name="Number">The file's (and its data chunk's) 0-based number.</param>
    /// <param name="WithoutData">The dataset is too large to build (DS0018, DS0019): emit the article properties only, no data and no quote constants, so the build fails with that one error and fast.</param>
    internal sealed record PartSource(int Number, EquatableArray<ArticleSource> Articles, DatasetOptions Options, bool WithoutData)
    {
        public string HintName => Options.ClassName + ".Part" + Number.ToString("000", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
    }

    /// <summary>The dataset-wide members and the index data: one entry per generated article, in ordinal id order.</summary>
    internal sealed record IndexSource(EquatableArray<IndexEntry> Entries, DatasetOptions Options)
    {
        public string HintName => Options.ClassName + ".g.cs";

        public int PartCount => (Entries.Count + Options.ArticlesPerFile - 1) / Options.ArticlesPerFile;
    }

    /// <param name="Speakers">The article's speakers, for the dataset-wide quotes-by-speaker index.</param>
    internal sealed record IndexEntry(string Id, EquatableArray<SpeakerSpec> Speakers);
}

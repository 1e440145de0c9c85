namespace Dataset
{
    /// <summary>Whether a quotation stands as the speaker's own sentence(s) or is a fragment inside the narrator's sentence.</summary>
    public enum QuoteKind
    {
        /// <summary>One or more whole sentences in the speaker's words: <c>“This is very good,” Xi stated.</c></summary>
        Full,

        /// <summary>A fragment embedded in the narrator's sentence: <c>agreements on “some specific issues”</c>.</summary>
        Partial,
    }

    /// <summary>A direct quotation found in an article, with its attribution.</summary>
    /// <param name="ArticleId">The <see cref="Article.Id"/> of the article that holds the quote.</param>
    /// <param name="Index">The quote's 0-based position in <see cref="Article.Quotes"/>.</param>
    /// <param name="Text">The exact characters between the quotation marks, marks excluded.</param>
    /// <param name="Speaker">The speaker as the attribution writes it (<c>Xi</c>, <c>It</c>, <c>The State Department</c>); <see langword="null"/> when nobody is credited.</param>
    /// <param name="SpeakerName">The fullest name the article gives that speaker (<c>Xi Jinping</c>); <see langword="null"/> when it gives none.</param>
    /// <param name="Cue">The reporting expression as written (<c>stated</c>, <c>added</c>, <c>is heard to say</c>); <see langword="null"/> when there is none.</param>
    /// <param name="Kind">Whole sentence(s) or a fragment of the narrator's sentence.</param>
    /// <param name="Paragraph">The 0-based index of the paragraph that holds the quote.</param>
    /// <param name="Start">Where <paramref name="Text"/> starts in that paragraph's text.</param>
    /// <param name="Length">The length of <paramref name="Text"/>.</param>
    /// <param name="Group">Quotes that are pieces of one utterance (split by their attribution, or spread over paragraphs) share a group.</param>
    public sealed record Quote(
        string ArticleId,
        int Index,
        string Text,
        string? Speaker,
        string? SpeakerName,
        string? Cue,
        QuoteKind Kind,
        int Paragraph,
        int Start,
        int Length,
        int Group)
    {
        /// <summary>Returns <see cref="Text"/>.</summary>
        public override string ToString() => Text;
    }
}

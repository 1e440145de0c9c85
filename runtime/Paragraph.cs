namespace Dataset
{
    /// <summary>One paragraph of an <see cref="Article"/>.</summary>
    /// <param name="Index">The paragraph's 0-based position in <see cref="Article.Paragraphs"/>.</param>
    /// <param name="Text">The paragraph's text, trimmed; for the first paragraph, without its dateline.</param>
    /// <param name="Line">The 1-based line of the seed file the paragraph comes from.</param>
    public sealed record Paragraph(int Index, string Text, int Line)
    {
        /// <summary>Returns <see cref="Text"/>.</summary>
        public override string ToString() => Text;
    }
}

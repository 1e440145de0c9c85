namespace Dataset
{
    /// <summary>One paragraph of an <see cref="Article"/>.</summary>
    /// <param name="Index">The paragraph's 0-based position in <see cref="Article.Paragraphs"/>.</param>
    /// <param name="Text">The paragraph's text, trimmed; for the first paragraph, without its dateline.</param>
    /// <param name="Line">The 1-based line of the seed file where the paragraph starts.</param>
    /// <param name="EndLine">The 1-based line where it ends: <paramref name="Line"/> itself unless the seed wraps paragraphs over several lines.</param>
    public sealed record Paragraph(int Index, string Text, int Line, int EndLine)
    {
        /// <summary>Returns <see cref="Text"/>.</summary>
        public override string ToString() => Text;
    }
}

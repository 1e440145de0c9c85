namespace Dataset
{
    /// <summary>A scraper junk line (an ad marker, <c>Source link</c>, …) that was removed from a seed.</summary>
    /// <param name="Line">The 1-based line of the seed file.</param>
    /// <param name="Text">The line as it stood, trimmed.</param>
    public sealed record RemovedLine(int Line, string Text);
}

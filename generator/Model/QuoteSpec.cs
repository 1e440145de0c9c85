namespace Dataset.Generator.Model
{
    internal enum QuoteKind
    {
        /// <summary>One or more sentences standing as the speaker's words.</summary>
        Full,

        /// <summary>A fragment embedded in the narrator's sentence.</summary>
        Partial,
    }

    /// <summary>One quotation in an article, as <c>QuoteExtractor</c> finds it.</summary>
    /// <param name="Index">0-based in the article.</param>
    /// <param name="Text">The exact characters between the marks, marks excluded.</param>
    /// <param name="Speaker">As written in the attribution ("Xi", "It", "The State Department"); null if none.</param>
    /// <param name="SpeakerName">The fullest name the same article gives ("Xi Jinping"); null if none.</param>
    /// <param name="Cue">The reporting expression as written ("stated", "added", "is heard to say"); null if none.</param>
    /// <param name="Paragraph">0-based paragraph index.</param>
    /// <param name="Start">Where <paramref name="Text"/> starts in that paragraph's text.</param>
    /// <param name="Length">The length of <paramref name="Text"/>.</param>
    /// <param name="Group">
    /// Pieces of one utterance share it (a quote split by its attribution; the paragraphs of a multi-paragraph
    /// quote); groups are numbered from 0 in order of first appearance.
    /// </param>
    internal sealed record QuoteSpec(
        int Index,
        string Text,
        string? Speaker,
        string? SpeakerName,
        string? Cue,
        QuoteKind Kind,
        int Paragraph,
        int Start,
        int Length,
        int Group);

    /// <summary>One speaker of an article.</summary>
    /// <param name="Name">The speaker's <see cref="QuoteSpec.SpeakerName"/>.</param>
    /// <param name="Aliases">The distinct ways the speaker is written in attributions, ordinal-sorted.</param>
    /// <param name="Quotes">Indices of the speaker's quotes.</param>
    internal sealed record SpeakerSpec(string Name, EquatableArray<string> Aliases, EquatableArray<int> Quotes);

    internal enum QuoteMarkProblem
    {
        /// <summary>A mark opens a quotation that never closes (outside the multi-paragraph convention).</summary>
        Unclosed,

        /// <summary>A mark closes a quotation that never opened.</summary>
        Unopened,
    }

    /// <summary>A quotation mark without its partner.</summary>
    /// <param name="Paragraph">0-based paragraph index.</param>
    /// <param name="Offset">Where the mark is in that paragraph's text.</param>
    internal sealed record QuoteMarkIssue(int Paragraph, int Offset, char Mark, QuoteMarkProblem Problem);

    /// <summary>The quotations of one article, its speakers (in order of first appearance) and its stray marks.</summary>
    internal sealed record QuoteExtraction(
        EquatableArray<QuoteSpec> Quotes,
        EquatableArray<SpeakerSpec> Speakers,
        EquatableArray<QuoteMarkIssue> MarkIssues);
}

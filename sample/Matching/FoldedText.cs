using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dataset.Sample.Matching;

/// <summary>
/// Text reduced the way a reader compares words: lower-case, accents removed (<c>Zürich</c> matches <c>zurich</c>;
/// FormD splits off the accent and the non-spacing mark is dropped), curly apostrophes as <c>'</c>. It remembers
/// where each folded character came from, so a match can be highlighted in the original text.
/// </summary>
public sealed class FoldedText
{
    // sources[i] is the index in Original of the character Folded[i] came from.
    private readonly int[] sources;

    private FoldedText(string original, string folded, int[] sources)
    {
        Original = original;
        Folded = folded;
        this.sources = sources;
    }

    /// <summary>The text as written.</summary>
    public string Original { get; }

    /// <summary>The text folded for comparison.</summary>
    public string Folded { get; }

    /// <summary>Folds <paramref name="text"/>.</summary>
    public static FoldedText Of(string text)
    {
        var folded = new StringBuilder(text.Length);
        var sources = new List<int>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];

            // ASCII has nothing to decompose; a lone surrogate cannot be normalized (and no astral letter has an accent to fold).
            string decomposed = c < 0x80 || char.IsSurrogate(c) ? c.ToString() : c.ToString().Normalize(NormalizationForm.FormD);
            foreach (char part in decomposed)
            {
                if (!IsMark(part))
                {
                    folded.Append(Fold(part));
                    sources.Add(i);
                }
            }
        }

        return new FoldedText(text, folded.ToString(), [.. sources]);
    }

    /// <summary>Folds <paramref name="text"/> and keeps only the folded string.</summary>
    public static string Fold(string text) => Of(text).Folded;

    /// <summary>
    /// A typed search word, folded, without the punctuation around it (<c>“Xi,”</c> is <c>xi</c>) but with the
    /// punctuation inside it (<c>China’s</c> is <c>china's</c>, <c>U.S.</c> is <c>u.s</c>).
    /// </summary>
    public static string Term(string word)
    {
        string folded = Fold(word);
        int start = 0;
        int end = folded.Length;
        while (start < end && !char.IsLetterOrDigit(folded[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(folded[end - 1]))
        {
            end--;
        }

        return folded[start..end];
    }

    /// <summary>The words of <paramref name="text"/>, folded: runs of letters and digits.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        string folded = Fold(text);
        var words = new List<string>();
        int start = -1;
        for (int i = 0; i <= folded.Length; i++)
        {
            bool inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }

        return words;
    }

    /// <summary>
    /// Finds every place where a word of this text starts with a folded query word (<c>commun</c> finds
    /// <c>communication</c>, <c>xi</c> does not find <c>existing</c>); <see langword="false"/> unless each query word
    /// is found at least once. The ranges are in <see cref="Original"/>.
    /// </summary>
    public bool ContainsAll(IEnumerable<string> foldedWords, List<(int Start, int End)> found)
    {
        foreach (string word in foldedWords)
        {
            bool any = false;
            for (int at = Folded.IndexOf(word, System.StringComparison.Ordinal); at >= 0; at = Folded.IndexOf(word, at + 1, System.StringComparison.Ordinal))
            {
                if (at == 0 || !char.IsLetterOrDigit(Folded[at - 1]))
                {
                    any = true;
                    found.Add(ToOriginal(at, word.Length));
                }
            }

            if (!any)
            {
                return false;
            }
        }

        return true;
    }

    private (int Start, int End) ToOriginal(int start, int length)
    {
        int end = sources[start + length - 1] + 1;

        // A precomposed original ("e" + combining acute) keeps its accent inside the highlight.
        while (end < Original.Length && IsMark(Original[end]))
        {
            end++;
        }

        return (sources[start], end);
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static char Fold(char c) => c switch
    {
        // Typed queries have straight apostrophes; articles have typographic ones ("China’s").
        '\u2019' or '\u2018' or '\u02BC' => '\'',
        _ => char.ToLowerInvariant(c),
    };
}

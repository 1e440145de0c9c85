using System.Collections.Generic;
using System.Threading;
using Dataset.Generator.Model;

namespace Dataset.Generator.Parsing.Quotes
{
    /// <summary>
    /// Finds the quotations of an article and who said them. A pure function of the paragraphs: no Roslyn, no
    /// regular expressions, one linear pass per stage, and no exception for any text.
    /// </summary>
    /// <remarks>
    /// A pipeline of four stages, each a class of its own:
    /// <list type="number">
    /// <item><b>Scan marks</b> (<see cref="QuoteScanner"/>): pair the quotation marks of each paragraph, telling
    /// apostrophes from marks and following quotations over paragraph breaks.</item>
    /// <item><b>Read paragraphs</b> (<see cref="ParagraphAnalysis"/>): tokens with each quotation folded into one,
    /// the reporting cues among them (<see cref="ReportingCues"/>), sentences, and the article's
    /// <see cref="ArticleVocabulary"/>, which tells a name from a common word that opens a sentence.</item>
    /// <item><b>Attribute and filter</b> (<see cref="AttributionFinder"/>, <see cref="QuotationFilter"/>): each
    /// quotation's cue and speaker phrase (<see cref="NounPhrases"/>); titles, names and scare quotes are dropped,
    /// and the rest are Full or Partial.</item>
    /// <item><b>Resolve</b> (<see cref="Utterances"/>, <see cref="SpeakerResolver"/>, <see cref="NameIndex"/>):
    /// speakers as written and as named, in reading order; the pieces of one utterance are grouped, and unattributed
    /// pieces inherit their speaker.</item>
    /// </list>
    /// Every word list the stages use is data in <see cref="Lexicon"/>.
    /// </remarks>
    internal static class QuoteExtractor
    {
        public static QuoteExtraction Extract(IReadOnlyList<string> paragraphs, CancellationToken cancellationToken = default)
        {
            var issues = new List<QuoteMarkIssue>();
            List<QuoteSpan>[] spans = QuoteScanner.Scan(paragraphs, issues, cancellationToken);
            ParagraphAnalysis[] analyses = Read(paragraphs, spans, cancellationToken);
            List<FoundQuote> found = AttributeAndFilter(analyses, cancellationToken);
            var utterances = new Utterances(analyses, found);
            utterances.Resolve(new SpeakerResolver(new NameIndex(analyses)), cancellationToken);
            return utterances.ToExtraction(issues);
        }

        private static ParagraphAnalysis[] Read(IReadOnlyList<string> paragraphs, List<QuoteSpan>[] spans, CancellationToken cancellationToken)
        {
            var analyses = new ParagraphAnalysis[paragraphs.Count];
            var scratch = new TokenScratch();
            for (int p = 0; p < analyses.Length; p++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                analyses[p] = new ParagraphAnalysis(p, paragraphs[p] ?? string.Empty, spans[p], scratch);
            }

            // Known only once every paragraph is read: how the whole article writes each word.
            var vocabulary = new ArticleVocabulary(analyses);
            foreach (ParagraphAnalysis a in analyses)
            {
                a.Vocabulary = vocabulary;
            }

            return analyses;
        }

        private static List<FoundQuote> AttributeAndFilter(ParagraphAnalysis[] analyses, CancellationToken cancellationToken)
        {
            var found = new List<FoundQuote>();
            foreach (ParagraphAnalysis a in analyses)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (int k = 0; k < a.Spans.Count; k++)
                {
                    FoundQuote? quote = Classify(a, k);
                    if (quote is not null)
                    {
                        found.Add(quote);
                    }
                }
            }

            return found;
        }

        // Null when the span is empty or names something rather than quoting anyone.
        private static FoundQuote? Classify(ParagraphAnalysis a, int spanIndex)
        {
            QuoteSpan span = a.Spans[spanIndex];
            int q = a.QuoteTokens[spanIndex];
            bool piece = span.ContinuesPrevious || span.ContinuesNext;
            if (span.TextEnd <= span.TextStart || IsBlank(a.Text, span))
            {
                return null;
            }

            Attribution attribution = a.Attributions.Find(q);
            if (!piece && a.Filter.IsName(q, attribution))
            {
                return null;
            }

            // Scare quotes: a fragment nobody is reported as saying.
            if (!piece && attribution.IsNone && !a.Filter.StandsAlone(q))
            {
                return null;
            }

            QuoteKind kind = span.ContinuesPrevious ? QuoteKind.Full : a.Filter.KindOf(q);
            return new FoundQuote(a, spanIndex, q, attribution, kind);
        }

        private static bool IsBlank(string text, QuoteSpan span)
        {
            for (int i = span.TextStart; i < span.TextEnd; i++)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}

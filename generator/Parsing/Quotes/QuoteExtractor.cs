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
    /// Stages: <see cref="QuoteScanner"/> pairs the marks; <see cref="ParagraphAnalysis"/> tokenizes each paragraph
    /// around its quotations; <see cref="QuotationFilter"/> drops titles, nicknames and scare quotes;
    /// <see cref="AttributionFinder"/> finds each quotation's cue and speaker; <see cref="SpeakerResolver"/> names
    /// the speakers; finally the pieces of one utterance are grouped and unattributed pieces inherit their speaker.
    /// </remarks>
    internal static class QuoteExtractor
    {
        public static QuoteExtraction Extract(IReadOnlyList<string> paragraphs, CancellationToken cancellationToken = default)
        {
            var issues = new List<QuoteMarkIssue>();
            List<QuoteSpan>[] spans = QuoteScanner.Scan(paragraphs, issues, cancellationToken);
            var analyses = new ParagraphAnalysis[paragraphs.Count];
            for (int p = 0; p < analyses.Length; p++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                analyses[p] = new ParagraphAnalysis(p, paragraphs[p] ?? string.Empty, spans[p]);
            }

            var vocabulary = new ArticleVocabulary(analyses);
            var found = new List<FoundQuote>();
            foreach (ParagraphAnalysis a in analyses)
            {
                cancellationToken.ThrowIfCancellationRequested();
                a.Vocabulary = vocabulary;
                for (int k = 0; k < a.Spans.Count; k++)
                {
                    FoundQuote? quote = Classify(a, k);
                    if (quote is not null)
                    {
                        found.Add(quote);
                    }
                }
            }

            var utterances = new Utterances(analyses, found);
            utterances.Resolve(new SpeakerResolver(new NameIndex(analyses)), cancellationToken);
            return utterances.ToExtraction(issues);
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

            Attribution attribution = AttributionFinder.Find(a, q);
            if (!piece && QuotationFilter.IsName(a, q, attribution))
            {
                return null;
            }

            // Scare quotes: a fragment nobody is reported as saying.
            if (!piece && attribution.IsNone && !QuotationFilter.StandsAlone(a, q))
            {
                return null;
            }

            QuoteKind kind = span.ContinuesPrevious ? QuoteKind.Full : QuotationFilter.KindOf(a, q);
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

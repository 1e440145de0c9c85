using System;
using System.Collections.Generic;
using System.Threading;
using Dataset.Generator.Model;

namespace Dataset.Generator.Parsing.Quotes
{
    /// <summary>How a quotation's text ends.</summary>
    internal enum QuoteEnding
    {
        /// <summary>At its closing mark.</summary>
        Mark,

        /// <summary>At the end of its paragraph, and the next paragraph reopens it (the multi-paragraph convention).</summary>
        RunsOn,

        /// <summary>
        /// Without a closing mark: at the end of its paragraph (a scrape cut off mid-quote), or before the attribution
        /// that follows it (“We will rebuild here, she said. “They …).
        /// </summary>
        CutOff,
    }

    /// <summary>One stretch of quoted text in one paragraph, marks included in its extent.</summary>
    internal readonly struct QuoteSpan
    {
        public QuoteSpan(int paragraph, int openMark, int textEnd, QuoteEnding ending, int chain, bool continuesPrevious)
        {
            Paragraph = paragraph;
            OpenMark = openMark;
            TextEnd = textEnd;
            Ending = ending;
            Chain = chain;
            ContinuesPrevious = continuesPrevious;
        }

        public int Paragraph { get; }

        public int OpenMark { get; }

        public int TextStart => OpenMark + 1;

        public int TextEnd { get; }

        public QuoteEnding Ending { get; }

        /// <summary>Shared by the pieces of a multi-paragraph quotation; -1 for a quotation within one paragraph.</summary>
        public int Chain { get; }

        public bool ContinuesPrevious { get; }

        public bool ContinuesNext => Ending == QuoteEnding.RunsOn;

        /// <summary>The end of the span including its closing mark, if it has one.</summary>
        public int End => Ending == QuoteEnding.Mark ? TextEnd + 1 : TextEnd;
    }

    /// <summary>
    /// Pairs quotation marks, paragraph by paragraph. Double and angle marks are the outer marks; single marks are
    /// outer marks only outside them and only when they pair up, because the same characters are apostrophes.
    /// </summary>
    internal sealed class QuoteScanner
    {
        // "…, said union president Jane Roe." is as long as a missing closing mark's attribution gets.
        private const int MaxAttributionWords = 6;
        private const int MaxAttributionLength = 60;

        private readonly IReadOnlyList<string> _paragraphs;
        private readonly List<QuoteMarkIssue> _issues;
        private readonly bool _singlesAreOuter;
        private int _nextChain;

        // Where the current paragraph's scan stands.
        private string _text = string.Empty;
        private int _paragraph;
        private List<QuoteSpan> _spans = new();
        private bool _open;
        private MarkFamily _family;
        private int _openMark;
        private int _depth;
        private int _chain;
        private bool _continuesPrevious;
        private SingleClosers? _singles;

        private QuoteScanner(IReadOnlyList<string> paragraphs, List<QuoteMarkIssue> issues)
        {
            _paragraphs = paragraphs;
            _issues = issues;

            // An article that never uses double or angle marks quotes with single ones, across paragraphs too.
            _singlesAreOuter = !HasDoubleOrAngleMarks(paragraphs);
        }

        /// <summary>The quotations of each paragraph, in order; unpaired marks go to <paramref name="issues"/>.</summary>
        public static List<QuoteSpan>[] Scan(IReadOnlyList<string> paragraphs, List<QuoteMarkIssue> issues, CancellationToken cancellationToken)
        {
            var scanner = new QuoteScanner(paragraphs, issues);
            var result = new List<QuoteSpan>[paragraphs.Count];
            int reopenAt = -1;
            for (int p = 0; p < paragraphs.Count; p++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                result[p] = scanner.ScanParagraph(p, reopenAt, out reopenAt);
            }

            return result;
        }

        private List<QuoteSpan> ScanParagraph(int p, int reopenAt, out int nextReopenAt)
        {
            _text = _paragraphs[p] ?? string.Empty;
            _paragraph = p;
            _spans = new List<QuoteSpan>();
            _singles = null;
            int i = 0;
            if (reopenAt >= 0)
            {
                // The previous paragraph left a quotation open and this one reopens it.
                _continuesPrevious = true;
                _openMark = reopenAt;
                _depth = 0;
                i = _family == MarkFamily.Single ? OpenSingle(reopenAt) : reopenAt + 1;
            }

            for (; i < _text.Length; i++)
            {
                // Only the marks matter: most of a paragraph is skipped at once.
                i = _text.IndexOfAny(QuoteMarks.All, i);
                if (i < 0)
                {
                    break;
                }

                MarkFamily family = QuoteMarks.FamilyOf(_text[i]);
                if (family == MarkFamily.None || (!_open && QuoteMarks.IsMeasure(_text, i)))
                {
                    continue;
                }

                if (!_open)
                {
                    i = StartAt(i, family);
                }
                else if (family == _family)
                {
                    Continue(i);
                }
            }

            nextReopenAt = -1;
            if (_open)
            {
                string? next = p + 1 < _paragraphs.Count ? _paragraphs[p + 1] : null;
                if (next is not null && QuoteMarks.StartsWithOpener(next, _family, out int offset))
                {
                    // News convention: a quotation that runs on is reopened, not closed, at the paragraph break.
                    _chain = _chain >= 0 ? _chain : _nextChain++;
                    _spans.Add(new QuoteSpan(p, _openMark, _text.Length, QuoteEnding.RunsOn, _chain, _continuesPrevious));
                    nextReopenAt = offset;
                }
                else
                {
                    // Cut off by the scrape (or by a mark the writer forgot): still a quotation, up to the paragraph's end.
                    Report(_openMark, QuoteMarkProblem.Unclosed);
                    _spans.Add(new QuoteSpan(p, _openMark, TrimmedEnd(_openMark + 1, _text.Length), QuoteEnding.CutOff, _chain, _continuesPrevious));
                    _open = false;
                }
            }

            return _spans;
        }

        // Outside a quotation: returns where to continue scanning.
        private int StartAt(int i, MarkFamily family)
        {
            _continuesPrevious = false;
            _chain = -1;
            _depth = 0;
            if (family == MarkFamily.Single)
            {
                return QuoteMarks.CanOpenSingle(_text, i) ? TryOpenSingle(i) : i;
            }

            if (QuoteMarks.CanOpen(_text, i))
            {
                _open = true;
                _family = family;
                _openMark = i;
            }
            else
            {
                Report(i, QuoteMarkProblem.Unopened);
            }

            return i;
        }

        // Inside a double or angle quotation, at a mark of its family.
        private void Continue(int i)
        {
            char opener = _text[_openMark];
            char c = _text[i];
            if (_family == MarkFamily.Angle)
            {
                // «…» may nest: « … « … » … ».
                if (c == (opener == '»' ? '«' : '»'))
                {
                    if (_depth-- == 0)
                    {
                        Close(i);
                    }
                }
                else if (c == opener)
                {
                    _depth++;
                }

                return;
            }

            if (QuoteMarks.CanClose(_text, i) || (opener == '„' && c == '“'))
            {
                Close(i);
                return;
            }

            // “We agree. “Now… — English nests single marks in double ones, so a second double opener means the
            // first was never closed. When an attribution stands before it (“… here, she said. “They …), the first
            // quotation ends before the attribution's comma; otherwise its extent is unknown and it is dropped.
            Report(_openMark, QuoteMarkProblem.Unclosed);
            int comma = AttributionBefore(_text, _openMark + 1, i);
            if (comma >= 0)
            {
                _spans.Add(new QuoteSpan(_paragraph, _openMark, comma, QuoteEnding.CutOff, _chain, _continuesPrevious));
            }

            _openMark = i;
            _chain = -1;
            _continuesPrevious = false;
        }

        private void Close(int i)
        {
            _spans.Add(new QuoteSpan(_paragraph, _openMark, i, QuoteEnding.Mark, _chain, _continuesPrevious));
            _open = false;
        }

        private int TrimmedEnd(int start, int end)
        {
            while (end > start && char.IsWhiteSpace(_text[end - 1]))
            {
                end--;
            }

            return end;
        }

        private int TryOpenSingle(int i)
        {
            _singles ??= new SingleClosers(_text);
            int close = _singles.CloserFor(i);
            if (close >= 0)
            {
                _spans.Add(new QuoteSpan(_paragraph, i, close, QuoteEnding.Mark, -1, false));
                return close;
            }

            if (_singlesAreOuter && !_singles.HasOpenerAfter(i))
            {
                _open = true;
                _family = MarkFamily.Single;
                _openMark = i;
                return _text.Length;
            }

            // Not a quotation mark after all: a misused apostrophe.
            return i;
        }

        // A single quotation reopened at the start of a paragraph.
        private int OpenSingle(int reopenAt)
        {
            _singles = new SingleClosers(_text);
            int close = _singles.CloserFor(reopenAt);
            if (close < 0)
            {
                return _text.Length;
            }

            _spans.Add(new QuoteSpan(_paragraph, reopenAt, close, QuoteEnding.Mark, _chain, true));
            _open = false;
            return close;
        }

        /// <summary>
        /// The comma that starts a short attribution right before <paramref name="end"/> ("…, she said. " or
        /// "…, said Ms. Roe, "), or -1: a few words with a finite reporting verb among them, ending the sentence.
        /// </summary>
        private static int AttributionBefore(string text, int start, int end)
        {
            int stop = end - 1;
            while (stop >= start && char.IsWhiteSpace(text[stop]))
            {
                stop--;
            }

            int floor = Math.Max(start, stop - MaxAttributionLength);
            int comma = stop > floor && (text[stop] == '.' || text[stop] == ',') ? text.LastIndexOf(',', stop - 1, stop - floor) : -1;
            if (comma < 0)
            {
                return -1;
            }

            string[] words = text.Substring(comma + 1, stop - comma - 1).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            bool verb = false;
            foreach (string word in words)
            {
                foreach (char c in word)
                {
                    if (!char.IsLetter(c) && c != '.' && c != '’' && c != '\'' && c != '-')
                    {
                        return -1;
                    }
                }

                verb |= ReportingCues.IsReportingVerb(word);
            }

            return verb && words.Length <= MaxAttributionWords ? comma : -1;
        }

        private void Report(int offset, QuoteMarkProblem problem) =>
            _issues.Add(new QuoteMarkIssue(_paragraph, offset, _text[offset], problem));

        private static bool HasDoubleOrAngleMarks(IReadOnlyList<string> paragraphs)
        {
            foreach (string paragraph in paragraphs)
            {
                foreach (char c in paragraph ?? string.Empty)
                {
                    MarkFamily family = QuoteMarks.FamilyOf(c);
                    if (family == MarkFamily.Double || family == MarkFamily.Angle)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// For every position, the next single mark that can close a quotation, computed once per paragraph so
        /// pairing stays linear however many marks there are.
        /// </summary>
        private sealed class SingleClosers
        {
            private readonly int[] _nextStrong;
            private readonly int[] _nextWeak;
            private readonly int[] _nextOpener;

            public SingleClosers(string text)
            {
                int n = text.Length;
                _nextStrong = new int[n + 1];
                _nextWeak = new int[n + 1];
                _nextOpener = new int[n + 1];
                _nextStrong[n] = _nextWeak[n] = _nextOpener[n] = -1;
                for (int i = n - 1; i >= 0; i--)
                {
                    _nextStrong[i] = _nextStrong[i + 1];
                    _nextWeak[i] = _nextWeak[i + 1];
                    _nextOpener[i] = _nextOpener[i + 1];
                    if (QuoteMarks.CanCloseSingle(text, i))
                    {
                        if (QuoteMarks.IsWeakSingleCloser(text, i))
                        {
                            _nextWeak[i] = i;
                        }
                        else
                        {
                            _nextStrong[i] = i;
                        }
                    }
                    else if (QuoteMarks.CanOpenSingle(text, i))
                    {
                        _nextOpener[i] = i;
                    }
                }
            }

            public bool HasOpenerAfter(int open) => _nextOpener[open + 1] >= 0;

            /// <summary>The mark that closes the single quotation opened at <paramref name="open"/>, or -1.</summary>
            public int CloserFor(int open)
            {
                int from = open + 1;
                int limit = _nextOpener[from] < 0 ? int.MaxValue : _nextOpener[from];
                int strong = _nextStrong[from], weak = _nextWeak[from];
                if (strong >= 0 && strong < limit)
                {
                    return strong;
                }

                return weak >= 0 && weak < limit ? weak : -1;
            }
        }
    }
}

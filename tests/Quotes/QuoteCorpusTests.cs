using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Dataset.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Dataset.Tests.Quotes
{
    /// <summary>
    /// Scores the quote extractor against the hand-labelled passages in <c>tests/QuoteCorpus/</c>: quote
    /// precision, recall and F1, and speaker accuracy on the quotes it found. The floors are the issue's; the goal
    /// is every quote right, so the output lists each miss.
    /// </summary>
    public sealed class QuoteCorpusTests(ITestOutputHelper output)
    {
        private const double QuoteF1Floor = 0.95;
        private const double SpeakerAccuracyFloor = 0.92;

        [Fact]
        public void Corpus_has_at_least_40_passages_and_120_quotes_covering_negatives()
        {
            IReadOnlyList<LabelledPassage> corpus = LabelledPassage.LoadAll();
            Assert.True(corpus.Count >= 40, corpus.Count + " passages");
            Assert.True(corpus.Sum(p => p.Expected.Count) >= 120, corpus.Sum(p => p.Expected.Count) + " quotes");
            Assert.Contains(corpus, p => p.Expected.Count == 0);
            Assert.Equal(corpus.Count, corpus.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count());

            // Every label is really in its passage, so a typo in the corpus cannot pass as an extractor miss.
            Assert.All(corpus, p => Assert.All(p.Expected, q => Assert.Contains(q.Text, string.Join("\n", p.Paragraphs))));
        }

        [Fact]
        public void Extractor_meets_the_quote_f1_and_speaker_accuracy_floors()
        {
            Score score = Score.Of(LabelledPassage.LoadAll());
            output.WriteLine(score.Report());
            Console.WriteLine(score.Summary());
            Assert.True(score.F1 >= QuoteF1Floor, score.Summary());
            Assert.True(score.SpeakerAccuracy >= SpeakerAccuracyFloor, score.Summary());
        }

        [Fact]
        public void Normalisation_maps_curly_marks_collapses_whitespace_and_drops_one_trailing_comma()
        {
            Assert.Equal("He said \"no\" and 'yes'", Score.Normalise("He  said\n“no” and ‘yes’,"));
            Assert.Equal("a,", Score.Normalise("a,,"));
        }

        internal sealed record LabelledQuote(string Text, string? Speaker, string? SpeakerName, string Kind);

        internal sealed record LabelledPassage(string Id, string SourceFile, IReadOnlyList<string> Paragraphs, IReadOnlyList<LabelledQuote> Expected)
        {
            public static IReadOnlyList<LabelledPassage> LoadAll()
            {
                string folder = Path.Combine(Repository.Root, "tests", "QuoteCorpus");
                return Directory.GetFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal).SelectMany(Load).ToList();
            }

            // Format: see tests/QuoteCorpus/README.md.
            private static IEnumerable<LabelledPassage> Load(string path)
            {
                string? id = null;
                var paragraphs = new List<string>();
                var expected = new List<LabelledQuote>();
                bool none = false;
                foreach (string raw in File.ReadAllLines(path).Append("### end"))
                {
                    string line = raw.TrimEnd();
                    if (line.StartsWith("### ", StringComparison.Ordinal))
                    {
                        if (id is not null)
                        {
                            Assert.True(none || expected.Count > 0, id + " has neither quotes nor '= none'");
                            yield return new LabelledPassage(id, Path.GetFileName(path), paragraphs.ToArray(), expected.ToArray());
                        }

                        id = line.Substring(4).Split(' ')[0];
                        paragraphs.Clear();
                        expected.Clear();
                        none = false;
                    }
                    else if (line.Length == 0 || line.StartsWith("tags:", StringComparison.Ordinal) || (line.StartsWith("#", StringComparison.Ordinal) && !line.StartsWith("### ", StringComparison.Ordinal)))
                    {
                        continue;
                    }
                    else if (line == "= none")
                    {
                        none = true;
                    }
                    else if (line.StartsWith("= ", StringComparison.Ordinal))
                    {
                        string[] fields = line.Substring(2).Split(" | ");
                        Assert.True(fields.Length == 4, path + ": " + line);
                        expected.Add(new LabelledQuote(fields[0], Nullable(fields[1]), Nullable(fields[2]), fields[3].Trim()));
                    }
                    else if (id is not null)
                    {
                        paragraphs.Add(line);
                    }
                }
            }

            private static string? Nullable(string field) => field.Trim() == "-" ? null : field.Trim();
        }

        internal sealed class Score
        {
            private readonly List<string> _misses = new();

            public int Expected { get; private set; }

            public int Found { get; private set; }

            public int Matched { get; private set; }

            public int SpeakersRight { get; private set; }

            public double Precision => Found == 0 ? 0 : (double)Matched / Found;

            public double Recall => Expected == 0 ? 0 : (double)Matched / Expected;

            public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

            public double SpeakerAccuracy => Matched == 0 ? 0 : (double)SpeakersRight / Matched;

            public static Score Of(IEnumerable<LabelledPassage> corpus)
            {
                var score = new Score();
                foreach (LabelledPassage passage in corpus)
                {
                    // Through the whole parser, as a seed: datelines and junk go before quotes are looked for.
                    ArticleSpec article = SeedParser.Parse(passage.Id + ".txt", string.Join("\n", passage.Paragraphs)).Article!;
                    score.Add(passage, article.Quotes);
                }

                return score;
            }

            public string Summary() => FormattableString.Invariant(
                $"quotes: P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000} ({Matched} of {Expected} labelled, {Found} found); speakers: {SpeakerAccuracy:0.000} ({SpeakersRight} of {Matched})");

            public string Report() => Summary() + Environment.NewLine + string.Join(Environment.NewLine, _misses);

            /// <summary>The issue's comparison: whitespace collapsed, curly marks made straight, one trailing comma dropped.</summary>
            public static string Normalise(string text)
            {
                var builder = new StringBuilder(text.Length);
                bool space = false;
                foreach (char c in text.Trim())
                {
                    if (char.IsWhiteSpace(c))
                    {
                        space = true;
                        continue;
                    }

                    if (space)
                    {
                        builder.Append(' ');
                        space = false;
                    }

                    builder.Append(c switch
                    {
                        '“' or '”' or '„' or '‟' or '«' or '»' => '"',
                        '‘' or '’' or '‚' or '‛' => '\'',
                        _ => c,
                    });
                }

                string normal = builder.ToString();
                return normal.EndsWith(',') ? normal.Substring(0, normal.Length - 1) : normal;
            }

            private void Add(LabelledPassage passage, IReadOnlyList<QuoteSpec> found)
            {
                Expected += passage.Expected.Count;
                Found += found.Count;
                var unmatched = found.ToList();
                foreach (LabelledQuote expected in passage.Expected)
                {
                    int hit = unmatched.FindIndex(q => Normalise(q.Text) == Normalise(expected.Text));
                    if (hit < 0)
                    {
                        _misses.Add($"MISSED  {passage.Id}: “{expected.Text}” ({expected.Speaker ?? "-"})");
                        continue;
                    }

                    QuoteSpec quote = unmatched[hit];
                    unmatched.RemoveAt(hit);
                    Matched++;
                    if (SpeakerMatches(expected, quote))
                    {
                        SpeakersRight++;
                    }
                    else
                    {
                        _misses.Add($"SPEAKER {passage.Id}: “{expected.Text}” expected {expected.Speaker ?? "-"}/{expected.SpeakerName ?? "-"}, got {quote.Speaker ?? "-"}/{quote.SpeakerName ?? "-"}");
                    }
                }

                foreach (QuoteSpec extra in unmatched)
                {
                    _misses.Add($"EXTRA   {passage.Id}: “{extra.Text}” ({extra.Speaker ?? "-"})");
                }
            }

            // Right when the speaker as written or resolved matches either label; an unattributable quote must have none.
            private static bool SpeakerMatches(LabelledQuote expected, QuoteSpec quote)
            {
                if (expected.Speaker is null && expected.SpeakerName is null)
                {
                    return quote.Speaker is null && quote.SpeakerName is null;
                }

                string?[] labels = { expected.Speaker, expected.SpeakerName };
                string?[] guesses = { quote.Speaker, quote.SpeakerName };
                return guesses.Any(g => g is not null && labels.Any(l => l is not null && string.Equals(g, l, StringComparison.OrdinalIgnoreCase)));
            }
        }
    }
}

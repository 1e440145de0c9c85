using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Dataset.Generator.Parsing;
using Dataset.Generator.Parsing.Quotes;

namespace Dataset.Benchmarks
{
    /// <summary>
    /// What attribution costs on the real seed's 24 paragraphs: <see cref="QuoteExtractor.Extract"/> (marks,
    /// filtering, cues, speakers, name resolution) against the obvious alternative, a regular expression that only
    /// finds text between curly double marks.
    /// </summary>
    [MemoryDiagnoser]
    public class QuoteExtractionBenchmarks
    {
        private static readonly Regex CurlyQuotes = new("“([^”]*)”", RegexOptions.Compiled);

        private string[] _paragraphs = System.Array.Empty<string>();

        [GlobalSetup]
        public void ParseSeed() =>
            _paragraphs = SeedParser.Parse(RealSeed.Path, RealSeed.Text).Article!.Paragraphs.Select(p => p.Text).ToArray();

        /// <summary>A compiled regex over every paragraph: quoted text only, no speakers, no filtering.</summary>
        [Benchmark(Baseline = true)]
        public int RegexMarksOnly()
        {
            int found = 0;
            foreach (string paragraph in _paragraphs)
            {
                found += CurlyQuotes.Matches(paragraph).Count;
            }

            return found;
        }

        /// <summary>QuoteExtractor.Extract: quotations, kinds, groups, cues, speakers and resolved names.</summary>
        [Benchmark]
        public object QuoteExtractorExtract() => QuoteExtractor.Extract(_paragraphs);
    }
}

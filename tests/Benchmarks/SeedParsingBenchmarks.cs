using BenchmarkDotNet.Attributes;
using Dataset.Generator.Parsing;

namespace Dataset.Benchmarks
{
    /// <summary>
    /// The generator's cost per seed at build time: <see cref="SeedParser.Parse(string, string, System.Threading.CancellationToken)"/>
    /// on the real seed, against the least any reader must do, splitting it into lines.
    /// </summary>
    [MemoryDiagnoser]
    public class SeedParsingBenchmarks
    {
        private string _text = "";

        [GlobalSetup]
        public void ReadSeed() => _text = RealSeed.Text;

        /// <summary>text.Split('\n'): lines, nothing else.</summary>
        [Benchmark(Baseline = true)]
        public string[] SplitLines() => _text.Split('\n');

        /// <summary>SeedParser.Parse: front matter, junk lines, photo credit, dateline, word count, content hash, diagnostics.</summary>
        [Benchmark]
        public object SeedParserParse() => SeedParser.Parse(RealSeed.Path, _text);
    }
}

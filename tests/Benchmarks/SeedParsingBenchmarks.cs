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

        [Benchmark(Baseline = true, Description = "text.Split('\\n')")]
        public string[] SplitLines() => _text.Split('\n');

        [Benchmark(Description = "SeedParser.Parse")]
        public object Parse() => SeedParser.Parse(RealSeed.Path, _text);
    }
}

using System.Runtime.CompilerServices;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Dataset.Benchmarks;
using Dataset.Benchmarks.Corpus;

// `make-corpus DIR --count N` writes synthetic seeds (build-scale.sh, load-scale.sh, build-timings.sh); fresh-process
// costs are load-scale.sh's. Anything else goes to BenchmarkDotNet (e.g. --filter '*' --job short).
return args switch
{
    [MakeCorpusCommand.Name, ..] => MakeCorpusCommand.Run(args),
    _ => RunBenchmarks(args),
};

[MethodImpl(MethodImplOptions.NoInlining)]
static int RunBenchmarks(string[] args)
{
    // Ratios like "12,000x faster" rather than 0.000: the compile-time paths are orders of magnitude apart.
    IConfig config = DefaultConfig.Instance.WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));
    BenchmarkSwitcher.FromAssembly(typeof(RealSeed).Assembly).Run(args, config);
    return 0;
}

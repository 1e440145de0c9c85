using System;
using System.IO;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Dataset.Benchmarks;
using Dataset.Benchmarks.Corpus;
using Dataset.Generator.Parsing;

// `print-generated` and `print-parsed` print the real seed's first paragraph and exit: cold-start.sh times
// them as fresh processes. `make-corpus DIR --count N` writes synthetic seeds (build-scale.sh, load-scale.sh).
// Anything else goes to BenchmarkDotNet (e.g. --filter '*' --job short).
return args switch
{
    [MakeCorpusCommand.Name, ..] => MakeCorpusCommand.Run(args),
    ["print-generated"] => Print(PrintGenerated()),
    ["print-parsed"] => Print(PrintParsed()),
    _ => RunBenchmarks(args),
};

static int Print(string text)
{
    Console.WriteLine(text);
    return 0;
}

// Separate methods, so a cold start of one path neither loads nor compiles the other's code.
[MethodImpl(MethodImplOptions.NoInlining)]
static string PrintGenerated() => Articles.Get(RealSeed.Id).Paragraphs[0].Text;

[MethodImpl(MethodImplOptions.NoInlining)]
static string PrintParsed() => SeedParser.Parse(RealSeed.Path, File.ReadAllText(RealSeed.Path)).Article!.Paragraphs[0].Text;

[MethodImpl(MethodImplOptions.NoInlining)]
static int RunBenchmarks(string[] args)
{
    // Ratios like "12,000x faster" rather than 0.000: the compile-time paths are orders of magnitude apart.
    IConfig config = DefaultConfig.Instance.WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));
    BenchmarkSwitcher.FromAssembly(typeof(RealSeed).Assembly).Run(args, config);
    return 0;
}

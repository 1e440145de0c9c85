using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Dataset.Generator;
using Microsoft.CodeAnalysis;

namespace Dataset.Benchmarks
{
    /// <summary>
    /// What incremental generation saves the IDE and the compiler server: the generator over
    /// <see cref="SeedCount"/> seeds run from scratch, against a rerun when no seed changed and a rerun after one
    /// seed was edited.
    /// </summary>
    [MemoryDiagnoser]
    public class GeneratorIncrementalBenchmarks
    {
        public const int SeedCount = 200;

        private Compilation _compilation = null!;
        private ImmutableArray<AdditionalText> _seeds;
        private AdditionalText _editedSeed = null!;
        private GeneratorDriver _afterFirstRun = null!;

        [GlobalSetup]
        public void RunOnce()
        {
            string text = RealSeed.Text;

            // Unique names and a unique last paragraph, so no two seeds share an id or a content hash.
            _seeds = Enumerable.Range(0, SeedCount)
                .Select(i => GeneratorDriverSetup.Seed(Name(i), text + "\nCopy " + Number(i) + "."))
                .ToImmutableArray();
            _editedSeed = GeneratorDriverSetup.Seed(Name(0), text + "\nCopy 0, edited.");
            _compilation = GeneratorDriverSetup.CreateCompilation();
            _afterFirstRun = GeneratorDriverSetup.CreateDriver(_seeds).RunGenerators(_compilation);

            GeneratorDriverSetup.CheckGeneratedWithoutErrors(_afterFirstRun, SeedCount);

            // The reruns below measure what they claim only if the generator really caches: check with tracking on.
            GeneratorDriver tracked = GeneratorDriverSetup.CreateDriver(_seeds, trackSteps: true).RunGenerators(_compilation);
            GeneratorDriverSetup.CheckSeedsParsed(tracked.RunGenerators(_compilation.Clone()), 0, "The unchanged rerun");
            GeneratorDriverSetup.CheckSeedsParsed(tracked.ReplaceAdditionalText(_seeds[0], _editedSeed).RunGenerators(_compilation), 1, "The rerun after one edit");
        }

        /// <summary>A new driver: every seed parsed and emitted, as in a clean build.</summary>
        [Benchmark(Baseline = true)]
        public GeneratorDriver FirstRun() => GeneratorDriverSetup.CreateDriver(_seeds).RunGenerators(_compilation);

        /// <summary>
        /// The same seeds with a new compilation object, which is what a C# edit elsewhere in the project hands the
        /// generator: nothing is parsed or emitted again.
        /// </summary>
        [Benchmark]
        public GeneratorDriver RerunUnchanged() => _afterFirstRun.RunGenerators(_compilation.Clone());

        /// <summary>One seed's text replaced: that seed alone is parsed and emitted again.</summary>
        [Benchmark]
        public GeneratorDriver RerunAfterOneSeedEdited() =>
            _afterFirstRun.ReplaceAdditionalText(_seeds[0], _editedSeed).RunGenerators(_compilation);

        private static string Name(int i) => "seeds/seed_" + Number(i) + ".txt";

        private static string Number(int i) => i.ToString("D3", CultureInfo.InvariantCulture);
    }
}

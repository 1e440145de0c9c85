using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Dataset.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.Benchmarks
{
    /// <summary>
    /// The few pieces of <c>tests/Support/GeneratorHarness.cs</c> a driver benchmark needs: the generator run as the
    /// compiler runs it, over in-memory seeds, with the build properties the SDK would pass.
    /// </summary>
    internal static class GeneratorDriverSetup
    {
        /// <summary>A rooted project directory that exists on no machine; nothing here touches the disk.</summary>
        private static readonly string ProjectDir = Path.Combine(Path.GetPathRoot(Environment.CurrentDirectory)!, "src", "App") + Path.DirectorySeparatorChar;

        public static AdditionalText Seed(string relativePath, string text) =>
            new InMemoryAdditionalText(Path.Combine(ProjectDir, relativePath.Replace('/', Path.DirectorySeparatorChar)), text);

        /// <param name="trackSteps">Off when measuring: the compiler does not track steps, and tracking costs time and memory.</param>
        public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> seeds, bool trackSteps = false) =>
            CSharpGeneratorDriver.Create(
                new[] { new DatasetGenerator().AsSourceGenerator() },
                seeds,
                CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest),
                new BuildPropertiesProvider(new Dictionary<string, string> { ["RootNamespace"] = "App", ["ProjectDir"] = ProjectDir }),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

        public static CSharpCompilation CreateCompilation() =>
            CSharpCompilation.Create(
                "Consumer",
                new[] { CSharpSyntaxTree.ParseText("class Program { }") },
                Basic.Reference.Assemblies.Net100.References.All.Concat(new[] { MetadataReference.CreateFromFile(typeof(Article).Assembly.Location) }),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        /// <summary>Fails the benchmark run unless the generator produced, without errors, a part per <c>DatasetArticlesPerFile</c> articles and the index.</summary>
        public static void CheckGeneratedWithoutErrors(GeneratorDriver driver, int articles)
        {
            GeneratorRunResult result = driver.GetRunResult().Results.Single();
            int parts = (articles + DatasetOptionsReader.DefaultArticlesPerFile - 1) / DatasetOptionsReader.DefaultArticlesPerFile;
            if (result.Exception is not null || result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) || result.GeneratedSources.Length != parts + 1)
            {
                throw new InvalidOperationException(
                    "The generator did not produce " + articles + " articles: " + result.Exception
                    + string.Join(Environment.NewLine, result.Diagnostics));
            }
        }

        /// <summary>Fails the benchmark run if <paramref name="driver"/>'s last run parsed other than <paramref name="parsed"/> seeds.</summary>
        public static void CheckSeedsParsed(GeneratorDriver driver, int parsed, string run)
        {
            int actual = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Seeds]
                .SelectMany(step => step.Outputs)
                .Count(output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
            if (actual != parsed)
            {
                throw new InvalidOperationException(run + " parsed " + actual + " seeds, not " + parsed + ".");
            }
        }

        private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
        {
            private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

            public override string Path { get; } = path;

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }

        /// <summary>Supplies <c>build_property.*</c> values the way the SDK's generated .editorconfig does.</summary>
        private sealed class BuildPropertiesProvider(IReadOnlyDictionary<string, string> properties) : AnalyzerConfigOptionsProvider
        {
            public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(properties);

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

            private sealed class Options(IReadOnlyDictionary<string, string> properties) : AnalyzerConfigOptions
            {
                public static readonly Options Empty = new(new Dictionary<string, string>());

                public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
                {
                    const string prefix = "build_property.";
                    value = null;
                    return key.StartsWith(prefix, StringComparison.Ordinal)
                        && properties.TryGetValue(key.Substring(prefix.Length), out value);
                }
            }
        }
    }
}

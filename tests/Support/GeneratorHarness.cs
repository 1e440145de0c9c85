using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Dataset.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Dataset.Tests.Support
{
    /// <summary>
    /// Runs the generator the way the compiler does (through <see cref="CSharpGeneratorDriver"/>), compiles its
    /// output together with the runtime, and loads the result so tests can assert on real objects.
    /// </summary>
    internal static class GeneratorHarness
    {
        /// <summary>A rooted project directory that exists on no machine, so no test depends on the real disk.</summary>
        public static readonly string ProjectDir = Path.Combine(Path.GetPathRoot(Environment.CurrentDirectory)!, "src", "App") + Path.DirectorySeparatorChar;

        public const string Namespace = "App";

        public static AdditionalText Seed(string relativePath, string text) =>
            new InMemoryAdditionalText(Path.Combine(ProjectDir, relativePath.Replace('/', Path.DirectorySeparatorChar)), text);

        public static Dictionary<string, string> DefaultProperties() => new()
        {
            ["RootNamespace"] = Namespace,
            ["ProjectDir"] = ProjectDir,
        };

        public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.Latest) =>
            CSharpParseOptions.Default.WithLanguageVersion(version);

        /// <param name="seedMetadata">Item metadata per seed path (e.g. <c>DatasetId</c>), as MSBuild hands it over.</param>
        public static GeneratorDriver CreateDriver(
            IEnumerable<AdditionalText> seeds,
            IReadOnlyDictionary<string, string>? properties = null,
            LanguageVersion version = LanguageVersion.Latest,
            IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? seedMetadata = null) =>
            CSharpGeneratorDriver.Create(
                new[] { new DatasetGenerator().AsSourceGenerator() },
                seeds,
                ParseOptions(version),
                new TestOptionsProvider(properties ?? DefaultProperties(), seedMetadata),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        public static CSharpCompilation CreateCompilation(LanguageVersion version = LanguageVersion.Latest, string consumerSource = "") =>
            CSharpCompilation.Create(
                "Consumer",
                new[] { CSharpSyntaxTree.ParseText(consumerSource, ParseOptions(version)) },
                Basic.Reference.Assemblies.Net100.References.All.Concat(new[] { MetadataReference.CreateFromFile(typeof(Article).Assembly.Location) }),
                new CSharpCompilationOptions(
                    OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                    deterministic: true));

        /// <summary>Runs the generator over <paramref name="seeds"/> and compiles the result.</summary>
        public static GeneratorOutcome Run(
            IEnumerable<AdditionalText> seeds,
            IReadOnlyDictionary<string, string>? properties = null,
            LanguageVersion version = LanguageVersion.Latest,
            IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? seedMetadata = null)
        {
            GeneratorDriver driver = CreateDriver(seeds, properties, version, seedMetadata)
                .RunGeneratorsAndUpdateCompilation(CreateCompilation(version), out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
            return new GeneratorOutcome(driver, driver.GetRunResult(), output, generatorDiagnostics);
        }

        public static GeneratorOutcome Run(params AdditionalText[] seeds) => Run((IEnumerable<AdditionalText>)seeds);
    }

    internal sealed record GeneratorOutcome(GeneratorDriver Driver, GeneratorDriverRunResult RunResult, Compilation Compilation, ImmutableArray<Diagnostic> GeneratorDiagnostics)
    {
        public IEnumerable<GeneratedSourceResult> Sources => RunResult.Results.Single().GeneratedSources;

        public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).SourceText.ToString();

        /// <summary>Compiler errors and warnings in the generated code: consumers build with TreatWarningsAsErrors.</summary>
        /// <remarks>Emitted, not only bound: some limits (names over 1,024 bytes, CS7013) surface only when writing metadata.</remarks>
        public IEnumerable<Diagnostic> CompilationProblems =>
            Compilation.Emit(Stream.Null).Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning);

        /// <summary>Emits the compilation and loads it, failing the test with the compiler's errors if it does not build.</summary>
        public LoadedDataset Load(string className = "Articles", string ns = GeneratorHarness.Namespace)
        {
            Assert.Empty(RunResult.Results.Single().Exception is { } e ? new[] { e.ToString() } : Array.Empty<string>());
            using var stream = new MemoryStream();
            var emit = Compilation.Emit(stream);
            Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics));
            stream.Position = 0;

            // Collectible, so hundreds of generated assemblies do not pile up in the test process.
            var context = new AssemblyLoadContext("generated", isCollectible: true);
            Assembly assembly = context.LoadFromStream(stream);
            return new LoadedDataset(assembly.GetType(ns + "." + className, throwOnError: true)!);
        }
    }

    /// <summary>The generated static class of a compiled dataset, reached by reflection.</summary>
    internal sealed class LoadedDataset(Type type)
    {
        public Type Type { get; } = type;

        public IReadOnlyList<Article> All => (IReadOnlyList<Article>)Type.GetProperty("All")!.GetValue(null)!;

        public IReadOnlyList<string> Ids => (IReadOnlyList<string>)Type.GetProperty("Ids")!.GetValue(null)!;

        public int Count => (int)Type.GetField("Count")!.GetValue(null)!;

        public Article Property(string memberName) => (Article)Type.GetProperty(memberName)!.GetValue(null)!;

        public Article Get(string id)
        {
            try
            {
                return (Article)Type.GetMethod("Get")!.Invoke(null, new object[] { id })!;
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw e.InnerException;
            }
        }

        public bool TryGet(string id, out Article? article)
        {
            object?[] arguments = { id, null };
            bool found = (bool)Type.GetMethod("TryGet")!.Invoke(null, arguments)!;
            article = (Article?)arguments[1];
            return found;
        }
    }
}

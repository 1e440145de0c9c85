using System;
using System.IO;
using System.Text;
using System.Threading;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Emitting;
using Dataset.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.Generator
{
    /// <summary>
    /// Turns the project's <c>*.txt</c> AdditionalFiles into typed articles. Each seed is parsed on its own and
    /// cached by value, so editing one seed re-parses and re-emits only that seed.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class DatasetGenerator : IIncrementalGenerator
    {
        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            // A new compilation arrives with every keystroke; this step reduces it to one bool at once, so nothing
            // after it runs again unless the answer changes. Only the compilation can answer: the attribute may come
            // from the framework, a reference or a polyfill in the project's own source.
            IncrementalValueProvider<bool> notNullWhen = context.CompilationProvider
                .Select(static (compilation, _) => DatasetOptionsReader.CanUseNotNullWhen(compilation));
            IncrementalValueProvider<LanguageSupport> language = context.ParseOptionsProvider
                .Combine(notNullWhen)
                .Select(static (pair, _) => DatasetOptionsReader.ReadLanguage(pair.Left, pair.Right));

            IncrementalValueProvider<DatasetOptions> options = context.AnalyzerConfigOptionsProvider
                .Combine(language)
                .Select(static (pair, _) => DatasetOptionsReader.Read(pair.Left.GlobalOptions, pair.Right))
                .WithTrackingName(TrackingNames.Options);

            // An option value the generator cannot use is a warning (DS0021), never a silent fallback.
            context.RegisterSourceOutput(
                context.AnalyzerConfigOptionsProvider.Select(static (provider, _) => OptionsValidation.Validate(provider.GlobalOptions)),
                OptionsValidation.Report);

            IncrementalValueProvider<int> maxSeedLength = context.AnalyzerConfigOptionsProvider
                .Select(static (provider, _) => DatasetOptionsReader.ReadMaxSeedLength(provider.GlobalOptions));

            // The per-seed id override is reduced to a string before parsing, so a change to any other option
            // leaves every parse cached.
            IncrementalValuesProvider<SeedFile> seeds = context.AdditionalTextsProvider
                .Where(static text => text.Path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, _) => (Text: pair.Left, Options: pair.Right.GetOptions(pair.Left)))
                .Where(static seed => DatasetOptionsReader.IsSeed(seed.Options))
                .Select(static (seed, _) => (seed.Text, IdOverride: DatasetOptionsReader.ReadSeedId(seed.Options)))
                .Combine(maxSeedLength)
                .Select(static (pair, cancellationToken) => ReadSeed(pair.Left.Text, pair.Left.IdOverride, pair.Right, cancellationToken))
                .WithTrackingName(TrackingNames.Seeds);

            // Collected, so that routine informational diagnostics can be capped across the dataset (DiagnosticCap).
            IncrementalValueProvider<EquatableArray<LocatedDiagnostic>> seedDiagnostics = seeds
                .Select(static (seed, _) => (seed.Path, seed.Result.Diagnostics))
                .Collect()
                .Select(static (all, _) => DiagnosticCap.AcrossSeeds(all, DiagnosticCatalog.IsInformational))
                .WithTrackingName(TrackingNames.SeedDiagnostics);
            context.RegisterSourceOutput(seedDiagnostics, static (spc, diagnostics) =>
            {
                foreach (LocatedDiagnostic diagnostic in diagnostics)
                {
                    Report(spc, diagnostic.Path, diagnostic.Diagnostic);
                }
            });

            // Naming needs every id at once; SelectMany splits the set again, so an article that did not change
            // stays cached and is not re-emitted when another seed changes.
            IncrementalValueProvider<ArticleSet> set = seeds.Collect()
                .Combine(options)
                .Select(static (pair, cancellationToken) => ArticleSet.Create(pair.Left, pair.Right, cancellationToken));
            IncrementalValuesProvider<PartSource> parts = set
                .SelectMany(static (set, _) => set.Parts)
                .WithTrackingName(TrackingNames.Parts);
            IncrementalValueProvider<EquatableArray<LocatedDiagnostic>> nameDiagnostics = set
                .Select(static (set, _) => set.Diagnostics)
                .WithTrackingName(TrackingNames.NameDiagnostics);
            IncrementalValueProvider<IndexSource> index = set
                .Select(static (set, _) => set.Index)
                .WithTrackingName(TrackingNames.Index);

            context.RegisterSourceOutput(nameDiagnostics, static (spc, diagnostics) =>
            {
                foreach (LocatedDiagnostic diagnostic in diagnostics)
                {
                    Report(spc, diagnostic.Path, diagnostic.Diagnostic);
                }
            });
            context.RegisterSourceOutput(parts, static (spc, part) =>
                AddSource(spc, part.HintName, part.HintName, () => PartEmitter.Emit(part)));
            context.RegisterSourceOutput(index, static (spc, index) =>
                AddSource(spc, index.HintName, index.HintName, () => IndexEmitter.Emit(index)));
        }

        private static SeedFile ReadSeed(AdditionalText text, string? idOverride, int maxSeedLength, CancellationToken cancellationToken)
        {
            try
            {
                SeedParseResult result = SeedReader.Read(text.Path, text.GetText(cancellationToken), maxSeedLength, cancellationToken);

                // Item metadata is the build's explicit choice, so it wins over the seed's own front matter.
                if (idOverride is not null && result.Article is { } article)
                {
                    result = result with { Article = article with { Id = idOverride } };
                }

                return new SeedFile(text.Path, result);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new SeedFile(text.Path, InternalError(text.Path, e.GetType().Name + ": " + e.Message));
            }
        }

        // An exception while emitting becomes a diagnostic: the compiler would otherwise drop every generated file (CS8785).
        private static void AddSource(SourceProductionContext spc, string hintName, string reportedFile, Func<string> emit)
        {
            try
            {
                spc.AddSource(hintName, SourceText.From(emit(), Encoding.UTF8));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                spc.ReportDiagnostic(Diagnostic.Create(DiagnosticCatalog.InternalError, Location.None, reportedFile, e.GetType().Name + ": " + e.Message));
            }
        }

        private static void Report(SourceProductionContext spc, string? path, SeedDiagnostic diagnostic)
        {
            TextRange span = diagnostic.Span;
            Location location = path is null
                ? Location.None
                : Location.Create(
                    path,
                    new TextSpan(span.Start, span.Length),
                    new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
            var arguments = new object[diagnostic.Arguments.Count];
            for (int i = 0; i < arguments.Length; i++)
            {
                arguments[i] = diagnostic.Arguments[i];
            }

            spc.ReportDiagnostic(Diagnostic.Create(DiagnosticCatalog.For(diagnostic), location, arguments));
        }

        // No article, and an error naming the seed: the other seeds are still generated.
        private static SeedParseResult InternalError(string path, string message) =>
            new(null, new[] { SeedDiagnostic.Create(DiagnosticIds.InternalError, TextRange.FileStart, Path.GetFileName(path), message) }.ToEquatableArray());
    }
}

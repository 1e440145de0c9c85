using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Threading;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Emitting;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
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
            IncrementalValueProvider<LanguageSupport> language = context.ParseOptionsProvider
                .Combine(context.CompilationProvider)
                .Select((pair, _) => DatasetOptionsReader.ReadLanguage(pair.Left, pair.Right));

            IncrementalValueProvider<DatasetOptions> options = context.AnalyzerConfigOptionsProvider
                .Combine(language)
                .Select((pair, _) => DatasetOptionsReader.Read(pair.Left.GlobalOptions, pair.Right))
                .WithTrackingName(TrackingNames.Options);

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

            context.RegisterSourceOutput(seeds, static (spc, seed) => Report(spc, seed.Path, seed.Result.Diagnostics));

            // Naming needs every id at once; SelectMany splits the set again, so an article that did not change
            // stays cached and is not re-emitted when another seed changes.
            IncrementalValueProvider<ArticleSet> set = seeds.Collect()
                .Combine(options)
                .Select(static (pair, cancellationToken) => ArticleSet.Create(pair.Left, pair.Right, cancellationToken));
            IncrementalValuesProvider<ArticleSource> articles = set
                .SelectMany(static (set, _) => set.Articles)
                .WithTrackingName(TrackingNames.Articles);
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
                    Report(spc, diagnostic.Path, new EquatableArray<SeedDiagnostic>(ImmutableArray.Create(diagnostic.Diagnostic)));
                }
            });
            context.RegisterSourceOutput(articles, static (spc, article) =>
                AddSource(spc, article.HintName, article.Article.SourceFile, () => ArticleEmitter.Emit(article)));
            context.RegisterSourceOutput(index, static (spc, index) =>
                AddSource(spc, index.HintName, index.HintName, () => IndexEmitter.Emit(index)));
        }

        private static SeedFile ReadSeed(AdditionalText text, string? idOverride, int maxSeedLength, CancellationToken cancellationToken)
        {
            try
            {
                SourceText? source = text.GetText(cancellationToken);
                SeedParseResult result = source is null
                    ? new SeedParseResult(null, Diagnostics.InternalError("the file could not be read"))
                    : CheckUtf8(source) ?? SeedParser.Parse(text.Path, source.ToString(), maxSeedLength, cancellationToken);

                // Item metadata is the build's explicit choice, so it wins over the seed's own front matter.
                if (idOverride is not null && result.Article is { } article)
                {
                    result = result with { Article = article with { Id = idOverride } };
                }

                return new SeedFile(text.Path, result);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new SeedFile(text.Path, new SeedParseResult(null, Diagnostics.InternalError(e.GetType().Name + ": " + e.Message)));
            }
        }

        // The compiler decodes a file that is not valid UTF-8 with a legacy code page instead of failing, so the
        // text would be mojibake. Its encoding gives the original bytes back, and with them the first bad byte.
        private static SeedParseResult? CheckUtf8(SourceText source)
        {
            Encoding? encoding = source.Encoding;
            if (encoding is null || encoding is UTF8Encoding || encoding is UnicodeEncoding || encoding is UTF32Encoding || encoding.CodePage == 65001)
            {
                return null;
            }

            string text = source.ToString();
            byte[] bytes = encoding.GetBytes(text);
            int bad = Utf8Validation.FindInvalidByte(bytes);
            return bad < 0 ? null : SeedParser.InvalidUtf8(text, bytes, bad, encoding.GetCharCount(bytes, 0, bad));
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

        private static void Report(SourceProductionContext spc, string path, EquatableArray<SeedDiagnostic> diagnostics)
        {
            foreach (SeedDiagnostic diagnostic in diagnostics)
            {
                TextRange span = diagnostic.Span;
                Location location = Location.Create(
                    path,
                    new TextSpan(span.Start, span.Length),
                    new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
                object[] arguments = diagnostic.Id == DiagnosticIds.InternalError
                    ? new object[] { Path.GetFileName(path), diagnostic.Arguments.Count > 0 ? diagnostic.Arguments[0] : string.Empty }
                    : ToObjects(diagnostic.Arguments);
                spc.ReportDiagnostic(Diagnostic.Create(DiagnosticCatalog.Get(diagnostic.Id), location, arguments));
            }
        }

        private static object[] ToObjects(EquatableArray<string> arguments)
        {
            var objects = new object[arguments.Count];
            for (int i = 0; i < objects.Length; i++)
            {
                objects[i] = arguments[i];
            }

            return objects;
        }

        private static class Diagnostics
        {
            public static EquatableArray<SeedDiagnostic> InternalError(string message) =>
                new(ImmutableArray.Create(SeedDiagnostic.Create(DiagnosticIds.InternalError, TextRange.FileStart, message)));
        }
    }
}

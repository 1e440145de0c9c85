using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Emitting;
using Dataset.Generator.Emitting.Data;
using Dataset.Generator.Model;

namespace Dataset.Generator
{
    /// <summary>A diagnostic together with the seed file it belongs to (none for one about the whole dataset).</summary>
    internal sealed record LocatedDiagnostic(string? Path, SeedDiagnostic Diagnostic);

    /// <summary>
    /// The whole dataset after naming: which articles are emitted under which member names, in ordinal id order,
    /// and the clashes that kept a seed out (two seeds with one id, or two ids with one member name).
    /// </summary>
    internal sealed record ArticleSet(EquatableArray<PartSource> Parts, IndexSource Index, EquatableArray<LocatedDiagnostic> Diagnostics)
    {
        public static ArticleSet Create(ImmutableArray<SeedFile> seeds, DatasetOptions options, CancellationToken cancellationToken)
        {
            var parsed = new List<(SeedFile Seed, ArticleSpec Article, string Member)>();
            foreach (SeedFile seed in seeds)
            {
                if (seed.Result.Article is { } article)
                {
                    parsed.Add((seed, article, MemberNames.FromId(article.Id, options.ClassName)));
                }
            }

            // Ordinal order makes the winner of a clash, the index and every output independent of file-system order.
            parsed.Sort(static (a, b) =>
            {
                int byId = string.CompareOrdinal(a.Article.Id, b.Article.Id);
                return byId != 0 ? byId : string.CompareOrdinal(a.Seed.Path, b.Seed.Path);
            });

            var articles = new List<ArticleSource>();
            var diagnostics = new List<LocatedDiagnostic>();
            var byId = new Dictionary<string, SeedFile>(StringComparer.Ordinal);
            var byMember = new Dictionary<string, (SeedFile Seed, string Id)>(StringComparer.Ordinal);
            foreach ((SeedFile seed, ArticleSpec article, string member) in parsed)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (byId.TryGetValue(article.Id, out SeedFile? first))
                {
                    // Both files get the error, each naming the other, so whichever the curator opens explains itself.
                    diagnostics.Add(Clash(seed.Path, DiagnosticIds.DuplicateId, article.Id, Relative(first.Path, options)));
                    diagnostics.Add(Clash(first.Path, DiagnosticIds.DuplicateId, article.Id, Relative(seed.Path, options)));
                    continue;
                }

                if (byMember.TryGetValue(member, out (SeedFile Seed, string Id) owner))
                {
                    diagnostics.Add(Clash(seed.Path, DiagnosticIds.MemberNameCollision, article.Id, member, owner.Id, Relative(owner.Seed.Path, options)));
                    diagnostics.Add(Clash(owner.Seed.Path, DiagnosticIds.MemberNameCollision, owner.Id, member, article.Id, Relative(seed.Path, options)));
                    continue;
                }

                byId.Add(article.Id, seed);
                byMember.Add(member, (seed, article.Id));
                articles.Add(new ArticleSource(article with { SourceFile = Relative(seed.Path, options) }, member, articles.Count));
            }

            bool withoutData = DataTooLarge(articles, options, diagnostics);

            // Fixed-size parts by position: an edit changes one part; only adding or removing seeds moves articles between parts.
            var parts = new List<PartSource>();
            var entries = new List<IndexEntry>(articles.Count);
            for (int start = 0; start < articles.Count; start += options.ArticlesPerFile)
            {
                var part = new List<ArticleSource>(options.ArticlesPerFile);
                for (int i = start; i < articles.Count && i < start + options.ArticlesPerFile; i++)
                {
                    part.Add(articles[i]);
                    entries.Add(new IndexEntry(articles[i].Article.Id, articles[i].Article.Speakers));
                }

                parts.Add(new PartSource(parts.Count, part.ToEquatableArray(), options, withoutData));
            }

            return new ArticleSet(
                parts.ToEquatableArray(),
                new IndexSource(entries.ToEquatableArray(), options),
                DiagnosticCap.Apply(diagnostics));
        }

        /// <summary>
        /// Before C# 11 the data is packed into string literals, which share the compiler's 16 MB user-string heap
        /// (CS8103 beyond it). The rest of the heap is left to the project's own strings.
        /// </summary>
        public const long PackedDataBudget = 15_000_000;

        /// <summary>
        /// Whether the dataset is too large to build into one assembly: beyond what C# 7.3–10 can hold (DS0018), or
        /// beyond <c>DatasetMaxDataLength</c> (DS0019), past which the compiler needs more memory than a build should.
        /// Either way the build fails with that one error, and the articles are emitted without their data.
        /// </summary>
        private static bool DataTooLarge(List<ArticleSource> articles, DatasetOptions options, List<LocatedDiagnostic> diagnostics)
        {
            long length = 0;
            foreach (ArticleSource article in articles)
            {
                length += ArticleRecord.EstimateLength(article.Article);
            }

            if (length > options.MaxDataLength)
            {
                diagnostics.Add(new LocatedDiagnostic(null, SeedDiagnostic.Create(
                    DiagnosticIds.DatasetTooLarge,
                    TextRange.FileStart,
                    Megabytes(length),
                    articles.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Megabytes(options.MaxDataLength))));
                return true;
            }

            if (!options.Language.Utf8Literals && length > PackedDataBudget)
            {
                diagnostics.Add(new LocatedDiagnostic(null, SeedDiagnostic.Create(DiagnosticIds.DataTooLargeForLanguageVersion, TextRange.FileStart, Megabytes(length), Megabytes(PackedDataBudget))));
                return true;
            }

            return false;
        }

        private static string Megabytes(long bytes) => (bytes / 1_000_000.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);

        private static LocatedDiagnostic Clash(string path, string id, params string[] arguments) =>
            new(path, SeedDiagnostic.Create(id, TextRange.FileStart, arguments));

        private static string Relative(string path, DatasetOptions options) => SourcePaths.MakeRelative(path, options.SourceRoot);
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Emitting;
using Dataset.Generator.Model;

namespace Dataset.Generator
{
    /// <summary>A diagnostic together with the seed file it belongs to.</summary>
    internal sealed record LocatedDiagnostic(string Path, SeedDiagnostic Diagnostic);

    /// <summary>
    /// The whole dataset after naming: which articles are emitted under which member names, in ordinal id order,
    /// and the clashes that kept a seed out (two seeds with one id, or two ids with one member name).
    /// </summary>
    internal sealed record ArticleSet(EquatableArray<ArticleSource> Articles, IndexSource Index, EquatableArray<LocatedDiagnostic> Diagnostics)
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
            var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
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
                string hint = options.ClassName + "." + member;
                for (int n = 2; !hintNames.Add(hint); n++)
                {
                    hint = options.ClassName + "." + member + "." + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                articles.Add(new ArticleSource(article with { SourceFile = Relative(seed.Path, options) }, member, hint + ".g.cs", options));
            }

            var entries = new List<IndexEntry>(articles.Count);
            foreach (ArticleSource article in articles)
            {
                entries.Add(new IndexEntry(article.Article.Id, article.MemberName, article.Article.Speakers));
            }

            return new ArticleSet(
                articles.ToEquatableArray(),
                new IndexSource(entries.ToEquatableArray(), options),
                DiagnosticCap.Apply(diagnostics));
        }

        private static LocatedDiagnostic Clash(string path, string id, params string[] arguments) =>
            new(path, SeedDiagnostic.Create(id, TextRange.FileStart, arguments));

        private static string Relative(string path, DatasetOptions options) => SourcePaths.MakeRelative(path, options.SourceRoot);
    }
}

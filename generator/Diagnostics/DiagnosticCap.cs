using System;
using System.Collections.Generic;
using System.Globalization;
using Dataset.Generator.Model;

namespace Dataset.Generator.Diagnostics
{
    /// <summary>
    /// Keeps one bad seed from flooding the build: at most <see cref="PerIdPerSeed"/> diagnostics of one id are
    /// reported per seed, then one summary of the same id (so a severity set for that id applies to it too), located
    /// at the first one left out, saying how many were left out. Roslyn-free, applied where diagnostics are made.
    /// </summary>
    internal static class DiagnosticCap
    {
        public const int PerIdPerSeed = 10;

        /// <summary>At most this many informational diagnostics of one id are reported per build, across all seeds.</summary>
        public const int InformationalPerIdPerDataset = 100;

        /// <summary>
        /// Caps informational diagnostics across the dataset: the first <see cref="InformationalPerIdPerDataset"/> of
        /// each id, in seed path order, then one summary of that id at the first one left out. A corpus of scraped
        /// pages has a few routine ones per seed (junk lines removed), and beyond a few thousand the compiler spends
        /// minutes reporting them: it keeps reported diagnostics in a hash set whose hash ignores the location, so
        /// thousands with the same message share one bucket (40,000 took 31 s; a 50,000-seed build reported 200,000).
        /// Warnings and errors are never capped across seeds: each is something to fix.
        /// </summary>
        /// <param name="seeds">Each seed's path and diagnostics, in any order.</param>
        /// <param name="isInformational">Whether an id's default severity is Info.</param>
        public static EquatableArray<LocatedDiagnostic> AcrossSeeds(IReadOnlyList<(string Path, EquatableArray<SeedDiagnostic> Diagnostics)> seeds, Func<string, bool> isInformational)
        {
            var ordered = new List<(string Path, EquatableArray<SeedDiagnostic> Diagnostics)>(seeds);
            ordered.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));

            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var seedCounts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach ((string _, EquatableArray<SeedDiagnostic> diagnostics) in ordered)
            {
                var inThisSeed = new HashSet<string>(StringComparer.Ordinal);
                foreach (SeedDiagnostic diagnostic in diagnostics)
                {
                    if (isInformational(diagnostic.Id))
                    {
                        counts.TryGetValue(diagnostic.Id, out int count);
                        counts[diagnostic.Id] = count + 1;
                        if (count >= InformationalPerIdPerDataset && inThisSeed.Add(diagnostic.Id))
                        {
                            seedCounts.TryGetValue(diagnostic.Id, out int seedCount);
                            seedCounts[diagnostic.Id] = seedCount + 1;
                        }
                    }
                }
            }

            var kept = new List<LocatedDiagnostic>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach ((string path, EquatableArray<SeedDiagnostic> diagnostics) in ordered)
            {
                foreach (SeedDiagnostic diagnostic in diagnostics)
                {
                    if (!isInformational(diagnostic.Id))
                    {
                        kept.Add(new LocatedDiagnostic(path, diagnostic));
                        continue;
                    }

                    seen.TryGetValue(diagnostic.Id, out int index);
                    seen[diagnostic.Id] = ++index;
                    if (index <= InformationalPerIdPerDataset)
                    {
                        kept.Add(new LocatedDiagnostic(path, diagnostic));
                    }
                    else if (index == InformationalPerIdPerDataset + 1)
                    {
                        SeedDiagnostic summary = SeedDiagnostic.Create(
                            diagnostic.Id,
                            diagnostic.Span,
                            Invariant(counts[diagnostic.Id] - InformationalPerIdPerDataset),
                            Invariant(seedCounts[diagnostic.Id]),
                            Invariant(InformationalPerIdPerDataset)) with { IsSummary = true, IsDatasetSummary = true };
                        kept.Add(new LocatedDiagnostic(path, summary));
                    }
                }
            }

            return kept.ToEquatableArray();
        }

        /// <param name="diagnostics">One seed's diagnostics, in the order they are reported.</param>
        public static EquatableArray<SeedDiagnostic> Apply(IReadOnlyList<SeedDiagnostic> diagnostics) =>
            Apply(diagnostics, static d => d.Id, static d => d, static (_, summary) => summary);

        /// <summary>The same cap for diagnostics found across seeds (id clashes), per seed file.</summary>
        public static EquatableArray<LocatedDiagnostic> Apply(IReadOnlyList<LocatedDiagnostic> diagnostics) =>
            Apply(diagnostics, static d => d.Path + "\0" + d.Diagnostic.Id, static d => d.Diagnostic, static (d, summary) => d with { Diagnostic = summary });

        // Order is kept: the first PerIdPerSeed of each key stay where they are, the summary takes the next one's place.
        private static EquatableArray<T> Apply<T>(IReadOnlyList<T> items, Func<T, string> key, Func<T, SeedDiagnostic> diagnostic, Func<T, SeedDiagnostic, T> withSummary)
            where T : IEquatable<T>
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            bool flooded = false;
            foreach (T item in items)
            {
                counts.TryGetValue(key(item), out int count);
                counts[key(item)] = ++count;
                flooded |= count > PerIdPerSeed;
            }

            if (!flooded)
            {
                return items.ToEquatableArray();
            }

            var kept = new List<T>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (T item in items)
            {
                string itemKey = key(item);
                seen.TryGetValue(itemKey, out int index);
                seen[itemKey] = ++index;
                if (index <= PerIdPerSeed)
                {
                    kept.Add(item);
                }
                else if (index == PerIdPerSeed + 1)
                {
                    SeedDiagnostic first = diagnostic(item);
                    SeedDiagnostic summary = SeedDiagnostic.Create(first.Id, first.Span, Invariant(counts[itemKey] - PerIdPerSeed), Invariant(PerIdPerSeed)) with { IsSummary = true };
                    kept.Add(withSummary(item, summary));
                }
            }

            return kept.ToEquatableArray();
        }

        private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}

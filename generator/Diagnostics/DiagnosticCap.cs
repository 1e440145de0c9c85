using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dataset.Generator.Model;

namespace Dataset.Generator.Diagnostics
{
    /// <summary>
    /// Keeps one bad seed from flooding the build: at most <see cref="PerIdPerSeed"/> diagnostics of one id are
    /// reported per seed, then one summary of the same id (so a severity set for that id applies to it too), located
    /// at the first one left out, saying how many were left out; and informational diagnostics are capped across the
    /// whole dataset (<see cref="AcrossSeeds"/>). Roslyn-free, applied where diagnostics are made.
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
            var all = new List<LocatedDiagnostic>();
            foreach ((string path, EquatableArray<SeedDiagnostic> diagnostics) in ordered)
            {
                foreach (SeedDiagnostic diagnostic in diagnostics)
                {
                    all.Add(new LocatedDiagnostic(path, diagnostic));
                }
            }

            return Apply(
                all,
                d => isInformational(d.Diagnostic.Id) ? d.Diagnostic.Id : null,
                InformationalPerIdPerDataset,
                static (first, leftOut) => first with
                {
                    Diagnostic = SeedDiagnostic.Create(
                        first.Diagnostic.Id,
                        first.Diagnostic.Span,
                        Invariant(leftOut.Count),
                        Invariant(leftOut.Select(d => d.Path).Distinct(StringComparer.Ordinal).Count()),
                        Invariant(InformationalPerIdPerDataset)) with { IsSummary = true, IsDatasetSummary = true },
                });
        }

        /// <param name="diagnostics">One seed's diagnostics, in the order they are reported.</param>
        public static EquatableArray<SeedDiagnostic> Apply(IReadOnlyList<SeedDiagnostic> diagnostics) =>
            Apply(diagnostics, static d => d.Id, PerIdPerSeed, static (first, leftOut) => SeedSummary(first, leftOut.Count));

        /// <summary>The same cap for diagnostics found across seeds (id clashes), per seed file.</summary>
        public static EquatableArray<LocatedDiagnostic> Apply(IReadOnlyList<LocatedDiagnostic> diagnostics) =>
            Apply(diagnostics, static d => d.Path + "\0" + d.Diagnostic.Id, PerIdPerSeed, static (first, leftOut) => first with { Diagnostic = SeedSummary(first.Diagnostic, leftOut.Count) });

        private static SeedDiagnostic SeedSummary(SeedDiagnostic first, int leftOut) =>
            SeedDiagnostic.Create(first.Id, first.Span, Invariant(leftOut), Invariant(PerIdPerSeed)) with { IsSummary = true };

        // Order is kept: the first `cap` items of each key stay where they are, and a summary of the ones left out takes
        // the place of the first of them. Items whose key is null are never capped.
        private static EquatableArray<T> Apply<T>(IReadOnlyList<T> items, Func<T, string?> key, int cap, Func<T, List<T>, T> summarise)
            where T : IEquatable<T>
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var leftOut = new Dictionary<string, List<T>>(StringComparer.Ordinal);
            foreach (T item in items)
            {
                if (key(item) is not { } itemKey)
                {
                    continue;
                }

                counts.TryGetValue(itemKey, out int count);
                counts[itemKey] = ++count;
                if (count > cap)
                {
                    if (!leftOut.TryGetValue(itemKey, out List<T>? list))
                    {
                        leftOut[itemKey] = list = new List<T>();
                    }

                    list.Add(item);
                }
            }

            if (leftOut.Count == 0)
            {
                return items.ToEquatableArray();
            }

            var kept = new List<T>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (T item in items)
            {
                if (key(item) is not { } itemKey)
                {
                    kept.Add(item);
                    continue;
                }

                seen.TryGetValue(itemKey, out int index);
                seen[itemKey] = ++index;
                if (index <= cap)
                {
                    kept.Add(item);
                }
                else if (index == cap + 1)
                {
                    kept.Add(summarise(item, leftOut[itemKey]));
                }
            }

            return kept.ToEquatableArray();
        }

        private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}

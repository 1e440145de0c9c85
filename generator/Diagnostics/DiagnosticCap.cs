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

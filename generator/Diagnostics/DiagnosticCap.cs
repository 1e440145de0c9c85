using System;
using System.Collections.Generic;
using System.Globalization;
using Dataset.Generator.Model;

namespace Dataset.Generator.Diagnostics
{
    /// <summary>
    /// Keeps one bad seed from flooding the build: at most <see cref="PerIdPerSeed"/> diagnostics of one id are
    /// reported per seed, then one summary of the same id (so a severity set for that id applies to it too), located
    /// at the first one left out, saying how many were left out. Roslyn-free, applied where a seed is parsed.
    /// </summary>
    internal static class DiagnosticCap
    {
        public const int PerIdPerSeed = 10;

        /// <param name="diagnostics">One seed's diagnostics, in the order they are reported.</param>
        public static EquatableArray<SeedDiagnostic> Apply(IReadOnlyList<SeedDiagnostic> diagnostics)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            bool flooded = false;
            foreach (SeedDiagnostic diagnostic in diagnostics)
            {
                counts.TryGetValue(diagnostic.Id, out int count);
                counts[diagnostic.Id] = ++count;
                flooded |= count > PerIdPerSeed;
            }

            if (!flooded)
            {
                return diagnostics.ToEquatableArray();
            }

            var kept = new List<SeedDiagnostic>();
            var reported = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (SeedDiagnostic diagnostic in diagnostics)
            {
                reported.TryGetValue(diagnostic.Id, out int seen);
                reported[diagnostic.Id] = ++seen;
                if (seen <= PerIdPerSeed)
                {
                    kept.Add(diagnostic);
                }
                else if (seen == PerIdPerSeed + 1)
                {
                    kept.Add(SeedDiagnostic.Create(diagnostic.Id, diagnostic.Span, Invariant(counts[diagnostic.Id] - PerIdPerSeed), Invariant(PerIdPerSeed)) with { IsSummary = true });
                }
            }

            return kept.ToEquatableArray();
        }

        private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace Dataset.Sample.Matching;

/// <summary>Finds the names a mistyped one was probably meant to be, for "Did you mean …?" messages.</summary>
public static class Suggestions
{
    /// <summary>How many suggestions a message lists at most.</summary>
    public const int Most = 5;

    /// <summary>
    /// The items one of whose <paramref name="names"/> contains what was typed, or is a few edits away from it
    /// (case and accents ignored), nearest first.
    /// </summary>
    public static IReadOnlyList<T> Near<T>(string typed, IEnumerable<T> items, Func<T, IEnumerable<string>> names)
    {
        string wanted = FoldedText.Fold(typed.Trim());
        if (wanted.Length == 0)
        {
            return [];
        }

        // About one typo in three characters, and always at least two: "000_93d7" → "000_93d74374661e688a" is by containment.
        int tolerance = Math.Max(2, wanted.Length / 3);
        return items
            .Select(item => (item, distance: names(item).Min(name => Distance(wanted, FoldedText.Fold(name)))))
            .Where(candidate => candidate.distance <= tolerance)
            .OrderBy(candidate => candidate.distance)
            .Take(Most)
            .Select(candidate => candidate.item)
            .ToList();
    }

    /// <summary>The names near what was typed.</summary>
    public static IReadOnlyList<string> Near(string typed, IEnumerable<string> names) => Near(typed, names, name => [name]);

    // 0 when one contains the other (a prefix or a fragment of an id), else the Levenshtein distance.
    private static int Distance(string wanted, string name)
    {
        if (name.Contains(wanted, StringComparison.Ordinal) || (name.Length > 0 && wanted.Contains(name, StringComparison.Ordinal)))
        {
            return 0;
        }

        int[] previous = new int[name.Length + 1];
        int[] current = new int[name.Length + 1];
        for (int j = 0; j <= name.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= wanted.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= name.Length; j++)
            {
                int substitution = previous[j - 1] + (wanted[i - 1] == name[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[name.Length];
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Dataset.Generator.Parsing.Quotes;
using Xunit;

namespace Dataset.Tests.Quotes
{
    /// <summary>The extractor's word lists are data in one place, and say each thing once.</summary>
    public sealed class LexiconTests
    {
        private static readonly Dictionary<string, string[]> CueLists = typeof(Lexicon)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(string[]))
            .ToDictionary(f => f.Name, f => (string[])f.GetValue(null)!);

        [Fact]
        public void No_word_list_repeats_an_entry() => Assert.Empty(Lexicon.RepeatedEntries);

        [Fact]
        public void No_reporting_cue_is_listed_twice()
        {
            string[] repeated = CueLists.Values.SelectMany(list => list)
                .GroupBy(cue => cue, StringComparer.OrdinalIgnoreCase)
                .Where(g => g.Count() > 1)
                .Select(g => g.Key + ": " + string.Join(", ", CueLists.Where(l => l.Value.Contains(g.Key, StringComparer.OrdinalIgnoreCase)).Select(l => l.Key)))
                .ToArray();
            Assert.True(CueLists.Count >= 10, CueLists.Count + " cue lists");
            Assert.Empty(repeated);
        }
    }
}

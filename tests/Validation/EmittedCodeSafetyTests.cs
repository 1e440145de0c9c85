using System.Globalization;
using System.Linq;
using Dataset.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Dataset.Tests.Validation
{
    /// <summary>Seed text is data: whatever it holds, it compiles and comes back exactly, and never becomes code.</summary>
    public sealed class EmittedCodeSafetyTests
    {
        public static readonly TheoryData<string> Hostile = new()
        {
            "\"; System.Environment.Exit(1); //",
            "*/ System.Environment.Exit(1); /*",
            "</summary><summary>injected",
            "#error injected",
            "\\u0022; System.Environment.Exit(1); //",
            "{{ interpolation }} {0} $\"{x}\"",
            "back\\slash and \"quotes\" and \ttabs",
            "lone surrogates \uD800 and \uDC00 and a pair 😀",
            "line\u2028separator and paragraph\u2029separator and next\u0085line",
            "bidi \u202Eoverride\u202C and \u2066isolate\u2069 and zero\u200Bwidth and \uFEFFbom",
            "soft\u00ADhyphen and arabic\u061Cmark",
            "tag \U000E0041\U000E0042 characters that hide text",
        };

        [Theory]
        [MemberData(nameof(Hostile))]
        public void Hostile_paragraph_text_compiles_and_round_trips_exactly(string text)
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(GeneratorHarness.Seed("seeds/hostile.txt", "Opening line.\n" + text));
            Assert.Empty(outcome.CompilationProblems);
            Assert.Equal(text.Trim(), outcome.Load().Get("hostile").Paragraphs[1].Text);
            AssertNoInvisibleOrLineBreakingCharacters(outcome);
        }

        [Theory]
        [MemberData(nameof(Hostile))]
        public void Hostile_front_matter_compiles_and_round_trips_exactly(string text)
        {
            // YAML double quotes can carry any character through its own escapes.
            string yaml = "\"" + string.Concat(text.Select(c => c < 128 && c != '"' && c != '\\' && c != '\t' ? c.ToString() : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture))) + "\"";
            GeneratorOutcome outcome = GeneratorHarness.Run(GeneratorHarness.Seed("seeds/hostile.txt", "---\ntitle: " + yaml + "\ntags: [" + yaml + "]\n---\nText."));
            Assert.Empty(outcome.CompilationProblems);
            Article article = outcome.Load().Get("hostile");
            Assert.Equal(text.Trim(), article.Title);
            Assert.Equal(new[] { text.Trim() }, article.Tags);
            AssertNoInvisibleOrLineBreakingCharacters(outcome);
        }

        [Theory]
        [InlineData("x\"; System.Environment.Exit(1); #error")]
        [InlineData("*⁄ <summary> {{ -->")]
        [InlineData("\u202Eevil")]
        public void Hostile_file_names_become_safe_ids_and_member_names(string id)
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(GeneratorHarness.Seed("seeds/" + id + ".txt", "Text."));
            Assert.Empty(outcome.CompilationProblems);
            LoadedDataset dataset = outcome.Load();
            Assert.Equal(id, Assert.Single(dataset.All).Id);
            Assert.Equal(id, dataset.Get(id).Id);
            AssertNoInvisibleOrLineBreakingCharacters(outcome);
        }

        // The generated files hold every such character as an escape, so nothing in them can hide or end a line.
        private static void AssertNoInvisibleOrLineBreakingCharacters(GeneratorOutcome outcome)
        {
            foreach (GeneratedSourceResult source in outcome.Sources)
            {
                string text = source.SourceText.ToString();
                for (int i = 0; i < text.Length; i++)
                {
                    char c = text[i];
                    Assert.False(c is '\r' or '\u2028' or '\u2029' or '\u0085', source.HintName + " has a line break inside a line");
                    Assert.False(CharUnicodeInfo.GetUnicodeCategory(text, i) == UnicodeCategory.Format, source.HintName + " has a raw format character");
                    Assert.False(char.IsSurrogate(c) && !IsInPair(text, c), source.HintName + " has a lone surrogate");
                    if (char.IsHighSurrogate(c))
                    {
                        i++;
                    }
                }
            }
        }

        private static bool IsInPair(string text, char c)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == c)
                {
                    bool pairedHigh = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                    bool pairedLow = char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]);
                    if (!pairedHigh && !pairedLow)
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }
}

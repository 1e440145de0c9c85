using System;
using System.Globalization;
using System.Linq;
using Dataset.Benchmarks.Corpus;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Emitting.Data;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Dataset.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Dataset.Tests.Storage
{
    /// <summary>A dataset too large to build into one assembly fails with one error that says what to do, not with the compiler's.</summary>
    public sealed class DatasetSizeLimitTests
    {
        [Fact]
        public void Data_beyond_what_csharp_7_3_to_10_can_hold_is_one_clear_error_and_still_compiles()
        {
            // 16 seeds of about 1 MB each: more than the string heap leaves for data before C# 11.
            string paragraph = string.Join(" ", Enumerable.Range(0, 30).Select(i => "word" + i)) + ".";
            string text = string.Join("\n", Enumerable.Repeat(paragraph, 1_000_000 / (paragraph.Length + 1)));
            AdditionalText[] seeds = Enumerable.Range(0, 16).Select(i => GeneratorHarness.Seed($"seeds/big{i:00}.txt", text)).ToArray();

            GeneratorOutcome old = GeneratorHarness.Run(seeds, version: LanguageVersion.CSharp10);
            Diagnostic error = Assert.Single(old.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
            Assert.Equal(DiagnosticIds.DataTooLargeForLanguageVersion, error.Id);
            Assert.Equal(Location.None, error.Location);
            Assert.Contains("<LangVersion>11</LangVersion>", error.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.Empty(old.CompilationProblems);
        }

        [Fact]
        public void A_dataset_larger_than_DatasetMaxDataLength_is_one_error_that_says_how_to_split_it()
        {
            AdditionalText[] seeds = Enumerable.Range(0, 4).Select(i => GeneratorHarness.Seed($"seeds/s{i}.txt", string.Concat(Enumerable.Repeat($"Paragraph of seed {i}.\n", 500)))).ToArray();
            var properties = GeneratorHarness.DefaultProperties();
            properties["DatasetMaxDataLength"] = "20000";

            GeneratorOutcome outcome = GeneratorHarness.Run(seeds, properties);

            Diagnostic error = Assert.Single(outcome.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
            Assert.Equal(DiagnosticIds.DatasetTooLarge, error.Id);
            Assert.Equal(Location.None, error.Location);
            string message = error.GetMessage(CultureInfo.InvariantCulture);
            Assert.Contains("in 4 articles", message, StringComparison.Ordinal);
            Assert.Contains("Split the seeds over several projects", message, StringComparison.Ordinal);
            Assert.Contains("DatasetMaxDataLength", message, StringComparison.Ordinal);
            Assert.Empty(outcome.CompilationProblems);
            Assert.Equal(4, outcome.Load().Count);

            // Properties only: the quote tables would cost the compiler about as much as the data it was spared.
            string[] quotes = SeedsWithQuotes(4);
            GeneratorOutcome withQuotes = GeneratorHarness.Run(quotes.Select((text, i) => GeneratorHarness.Seed($"seeds/q{i}.txt", text)).ToArray(), properties);
            Assert.Contains(withQuotes.GeneratorDiagnostics, d => d.Id == DiagnosticIds.DatasetTooLarge);
            Assert.DoesNotContain(withQuotes.Sources, s => s.SourceText.ToString().Contains("public const string", StringComparison.Ordinal));

            properties["DatasetMaxDataLength"] = "200000";
            Assert.DoesNotContain(GeneratorHarness.Run(seeds, properties).GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
            GeneratorOutcome fits = GeneratorHarness.Run(quotes.Select((text, i) => GeneratorHarness.Seed($"seeds/q{i}.txt", text)).ToArray(), properties);
            Assert.DoesNotContain(fits.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
            Assert.Contains(fits.Sources, s => s.SourceText.ToString().Contains("public const string", StringComparison.Ordinal));
        }

        private static string[] SeedsWithQuotes(int count)
        {
            string[] pool = Vocabulary.SpeakerPool(5, 100);
            return Enumerable.Range(0, count).Select(i => SyntheticArticle.Write(5, i, pool).Text).ToArray();
        }

        [Fact]
        public void The_size_estimate_is_a_few_percent_above_the_data_written()
        {
            // DS0018 is decided from the estimate: too low and a C# 7.3 build fails with CS8103 instead; too high and
            // it refuses datasets that fit. Measured on news-like articles, as the limit is documented in articles.
            string[] pool = Vocabulary.SpeakerPool(3, 400);
            ArticleSpec[] articles = Enumerable.Range(0, 60)
                .Select(i => SeedParser.Parse($"{i:000}.txt", SyntheticArticle.Write(3, i, pool).Text).Article!)
                .Append(SeedParser.Parse(Repository.RealSeedPath, Repository.RealSeedText).Article!)
                .ToArray();

            var writer = new DataWriter();
            long estimate = 0;
            foreach (ArticleSpec article in articles)
            {
                ArticleRecord.Write(writer, article);
                estimate += ArticleRecord.EstimateLength(article);
            }

            double ratio = (double)estimate / writer.Length;
            Assert.InRange(ratio, 1.0, 1.12);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Dataset.Generator;
using Dataset.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Dataset.Tests.Generation
{
    /// <summary>The pipeline does no work it does not have to, which is what keeps the IDE fast.</summary>
    public sealed class IncrementalCachingTests
    {
        private static readonly string[] NamedSteps = typeof(TrackingNames)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();

        private static ImmutableArray<AdditionalText> Seeds() => ImmutableArray.Create(
            GeneratorHarness.Seed("seeds/one.txt", "BEIJING — One."),
            GeneratorHarness.Seed("seeds/two.txt", "Two."));

        [Fact]
        public void Every_named_step_is_cached_when_nothing_changed()
        {
            Compilation compilation = GeneratorHarness.CreateCompilation();
            GeneratorDriver driver = GeneratorHarness.CreateDriver(Seeds()).RunGenerators(compilation);
            GeneratorRunResult second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

            Assert.Equal(NamedSteps.OrderBy(s => s), second.TrackedSteps.Keys.Where(NamedSteps.Contains).OrderBy(s => s));
            foreach (string step in NamedSteps)
            {
                Assert.All(second.TrackedSteps[step].SelectMany(s => s.Outputs), output =>
                    Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + ": " + output.Reason));
            }
        }

        [Fact]
        public void Editing_one_seed_reparses_it_and_reemits_only_its_part()
        {
            // Three seeds, two to a part: "one" and "three" share part 0, "two" is alone in part 1 (ordinal id order).
            ImmutableArray<AdditionalText> seeds = Seeds().Add(GeneratorHarness.Seed("seeds/three.txt", "Three."));
            Dictionary<string, string> properties = GeneratorHarness.DefaultProperties();
            properties["DatasetArticlesPerFile"] = "2";
            Compilation compilation = GeneratorHarness.CreateCompilation();
            GeneratorDriver driver = GeneratorHarness.CreateDriver(seeds, properties).RunGenerators(compilation);

            AdditionalText edited = GeneratorHarness.Seed("seeds/two.txt", "Two, edited.");
            GeneratorRunResult result = driver.ReplaceAdditionalText(seeds[1], edited).RunGenerators(compilation).GetRunResult().Results.Single();

            var parse = result.TrackedSteps[TrackingNames.Seeds].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
            Assert.Equal(1, parse.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(2, parse.Count(r => r == IncrementalStepRunReason.Cached));

            var parts = result.TrackedSteps[TrackingNames.Parts].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
            Assert.Equal(new[] { IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Modified }, parts);

            // Same ids, same speakers: the index need not be written again.
            Assert.All(result.TrackedSteps[TrackingNames.Index].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        }

        [Fact]
        public void Editing_only_csharp_code_reparses_and_reemits_nothing()
        {
            Compilation compilation = GeneratorHarness.CreateCompilation();
            GeneratorDriver driver = GeneratorHarness.CreateDriver(Seeds()).RunGenerators(compilation);

            Compilation edited = compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class Edited { }", GeneratorHarness.ParseOptions()));
            GeneratorRunResult result = driver.RunGenerators(edited).GetRunResult().Results.Single();

            foreach (string step in NamedSteps)
            {
                Assert.All(result.TrackedSteps[step].SelectMany(s => s.Outputs), output =>
                    Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + ": " + output.Reason));
            }
        }

        [Fact]
        public void Pipeline_models_hold_no_roslyn_symbols_syntax_or_compilations()
        {
            Compilation compilation = GeneratorHarness.CreateCompilation();
            GeneratorRunResult result = GeneratorHarness.CreateDriver(Seeds()).RunGenerators(compilation).GetRunResult().Results.Single();

            foreach (string step in NamedSteps)
            {
                foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
                {
                    AssertNoRoslynObjects(output.Value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
                }
            }
        }

        private static void AssertNoRoslynObjects(object? value, string path, HashSet<object> seen)
        {
            if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
            {
                return;
            }

            Assert.False(
                value is Compilation or ISymbol or SyntaxNode or SyntaxTree or Location or AdditionalText or Microsoft.CodeAnalysis.Text.SourceText,
                path + " holds a " + value.GetType().Name);

            if (value is System.Collections.IEnumerable items)
            {
                int i = 0;
                foreach (object? item in items)
                {
                    AssertNoRoslynObjects(item, path + "[" + i++ + "]", seen);
                }

                return;
            }

            foreach (FieldInfo field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                AssertNoRoslynObjects(field.GetValue(value), path + "." + field.Name, seen);
            }
        }
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dataset.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Dataset.Tests.Validation
{
    /// <summary>An MSBuild property the generator cannot use as given is a DS0021 warning naming it, its value and what is used instead.</summary>
    public sealed class OptionsValidationTests
    {
        private static (GeneratorOutcome Outcome, string[] Messages) Run(Dictionary<string, string> set)
        {
            var properties = new Dictionary<string, string>(GeneratorHarness.DefaultProperties());
            foreach (KeyValuePair<string, string> property in set)
            {
                properties[property.Key] = property.Value;
            }

            GeneratorOutcome outcome = GeneratorHarness.Run(new[] { GeneratorHarness.Seed("seeds/story.txt", "A story.") }, properties);
            Assert.All(outcome.GeneratorDiagnostics, d => Assert.Equal(("DS0021", DiagnosticSeverity.Warning, Location.None), (d.Id, d.Severity, d.Location)));
            return (outcome, outcome.GeneratorDiagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToArray());
        }

        [Theory]
        [InlineData("DatasetVisibility", "private", "The MSBuild property DatasetVisibility is 'private', which is not 'public' or 'internal'; 'public' is used instead")]
        [InlineData("DatasetClassName", "My Articles", "The MSBuild property DatasetClassName is 'My Articles', which is not a C# identifier that is not a keyword or the name of one of the class's members; 'Articles' is used instead")]
        [InlineData("DatasetClassName", "class", "The MSBuild property DatasetClassName is 'class', which is not a C# identifier that is not a keyword or the name of one of the class's members; 'Articles' is used instead")]
        [InlineData("DatasetClassName", "Get", "The MSBuild property DatasetClassName is 'Get', which is not a C# identifier that is not a keyword or the name of one of the class's members; 'Articles' is used instead")]
        [InlineData("DatasetNamespace", "News-Room.2024", "The MSBuild property DatasetNamespace is 'News-Room.2024', which is not a valid C# namespace; 'News_Room._2024' is used instead")]
        [InlineData("DatasetMaxSeedLength", "0", "The MSBuild property DatasetMaxSeedLength is '0', which is not a positive whole number of characters; the default 1048576 is used instead")]
        [InlineData("DatasetMaxSeedLength", "-5", "The MSBuild property DatasetMaxSeedLength is '-5', which is not a positive whole number of characters; the default 1048576 is used instead")]
        [InlineData("DatasetMaxSeedLength", "1MB", "The MSBuild property DatasetMaxSeedLength is '1MB', which is not a positive whole number of characters; the default 1048576 is used instead")]
        [InlineData("DatasetArticlesPerFile", "0", "The MSBuild property DatasetArticlesPerFile is '0', which is not a positive whole number of articles; the default 128 is used instead")]
        [InlineData("DatasetQuoteConstants", "no", "The MSBuild property DatasetQuoteConstants is 'no', which is not 'true' or 'false'; 'true' is used instead")]
        public void An_invalid_value_is_a_warning_naming_the_property_the_value_and_what_is_used(string property, string value, string message) =>
            Assert.Equal(new[] { message }, Run(new() { [property] = value }).Messages);

        [Fact]
        public void Every_invalid_property_is_reported_and_the_dataset_is_generated_with_what_the_warnings_name()
        {
            (GeneratorOutcome outcome, string[] messages) = Run(new()
            {
                ["DatasetVisibility"] = "protected",
                ["DatasetClassName"] = "1st",
                ["DatasetNamespace"] = "My App",
                ["DatasetMaxSeedLength"] = "lots",
            });

            Assert.Equal(new[] { "DatasetVisibility", "DatasetClassName", "DatasetNamespace", "DatasetMaxSeedLength" }, messages.Select(m => m.Split(' ')[3]));
            LoadedDataset dataset = outcome.Load(className: "Articles", ns: "My_App");
            Assert.True(dataset.Type.IsPublic);
            Assert.Equal(new[] { "story" }, dataset.Ids);
        }

        [Theory]
        [InlineData("DatasetVisibility", "Internal")]
        [InlineData("DatasetVisibility", " public ")]
        [InlineData("DatasetClassName", "Stories")]
        [InlineData("DatasetNamespace", "Newsroom.Data")]
        [InlineData("DatasetMaxSeedLength", "4096")]
        [InlineData("DatasetArticlesPerFile", "16")]
        [InlineData("DatasetQuoteConstants", "False")]
        [InlineData("DatasetMaxSeedLength", "")]
        public void Valid_and_empty_values_are_not_reported(string property, string value) =>
            Assert.Empty(Run(new() { [property] = value }).Messages);

        [Fact]
        public void A_root_namespace_from_a_project_name_is_made_valid_without_a_warning()
        {
            // The package sets DatasetNamespace to $(RootNamespace), which is the project name unless set.
            (GeneratorOutcome outcome, string[] messages) = Run(new() { ["RootNamespace"] = "My-App", ["DatasetNamespace"] = "My-App" });
            Assert.Empty(messages);
            Assert.Equal(new[] { "story" }, outcome.Load(ns: "My_App").Ids);
        }
    }
}

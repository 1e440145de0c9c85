using System;
using System.Collections.Generic;
using System.Globalization;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Emitting;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dataset.Generator
{
    /// <summary>An MSBuild property whose value the generator could not use, and what it used instead (DS0021).</summary>
    /// <param name="Expected">What the value should be, as the end of "which is not …".</param>
    /// <param name="UsedInstead">What the generator used, as the subject of "… is used instead".</param>
    internal sealed record OptionProblem(string Property, string Value, string Expected, string UsedInstead);

    /// <summary>
    /// The rules for the consumer's MSBuild properties, shared by <see cref="DatasetOptionsReader"/> (which falls back
    /// when a value breaks them) and the warning that says so: an option is never ignored silently.
    /// </summary>
    internal static class OptionsValidation
    {
        public const string Public = "public";
        public const string Internal = "internal";

        public static bool IsValidClassName(string name) => CSharp.IsPlainIdentifier(name) && !MemberNames.IsReserved(name);

        public static bool IsKnownVisibility(string visibility) =>
            string.Equals(visibility, Public, StringComparison.OrdinalIgnoreCase) || string.Equals(visibility, Internal, StringComparison.OrdinalIgnoreCase);

        /// <summary>A positive whole number (<c>DatasetMaxSeedLength</c>, <c>DatasetArticlesPerFile</c>).</summary>
        public static bool TryParsePositive(string? value, out int number) =>
            int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;

        /// <summary>A positive whole number that may exceed 2³¹ (<c>DatasetMaxDataLength</c>).</summary>
        public static bool TryParsePositive(string? value, out long number) =>
            long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;

        public static bool IsBoolean(string value) =>
            string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || string.Equals(value, "false", StringComparison.OrdinalIgnoreCase);

        /// <summary>Every property set to a value the generator does not use as given, in a fixed order.</summary>
        public static EquatableArray<OptionProblem> Validate(AnalyzerConfigOptions options)
        {
            var problems = new List<OptionProblem>();
            if (DatasetOptionsReader.Get(options, "DatasetVisibility") is { } visibility && !IsKnownVisibility(visibility))
            {
                problems.Add(new OptionProblem("DatasetVisibility", visibility, "'public' or 'internal'", "'public'"));
            }

            if (DatasetOptionsReader.Get(options, "DatasetClassName") is { } className && !IsValidClassName(className))
            {
                problems.Add(new OptionProblem(
                    "DatasetClassName",
                    className,
                    "a C# identifier that is not a keyword or the name of one of the class's members",
                    "'" + DatasetOptionsReader.DefaultClassName + "'"));
            }

            // The package defaults DatasetNamespace to RootNamespace, which the SDK takes from the project name
            // ("My-App"): that one is made valid silently, as C# project templates do.
            string? ns = DatasetOptionsReader.Get(options, "DatasetNamespace");
            if (ns is not null && ns != DatasetOptionsReader.Get(options, "RootNamespace"))
            {
                string used = DatasetOptionsReader.SanitizeNamespace(ns);
                if (used != ns)
                {
                    problems.Add(new OptionProblem("DatasetNamespace", ns, "a valid C# namespace", "'" + used + "'"));
                }
            }

            CheckPositive(options, "DatasetMaxSeedLength", "characters", SeedParser.DefaultMaxLength, int.MaxValue, problems);
            CheckPositive(options, "DatasetArticlesPerFile", "articles", DatasetOptionsReader.DefaultArticlesPerFile, int.MaxValue, problems);
            CheckPositive(options, "DatasetMaxDataLength", "bytes", DatasetOptionsReader.DefaultMaxDataLength, long.MaxValue, problems);

            if (DatasetOptionsReader.Get(options, "DatasetQuoteConstants") is { } constants && !IsBoolean(constants))
            {
                problems.Add(new OptionProblem("DatasetQuoteConstants", constants, "'true' or 'false'", "'true'"));
            }

            return problems.ToEquatableArray();
        }

        // A whole-number option that is set but not a positive number up to max (an int option stops at 2³¹ - 1).
        private static void CheckPositive(AnalyzerConfigOptions options, string property, string unit, long defaultValue, long max, List<OptionProblem> problems)
        {
            if (DatasetOptionsReader.Get(options, property) is { } value && !(TryParsePositive(value, out long number) && number <= max))
            {
                problems.Add(new OptionProblem(property, value, "a positive whole number of " + unit, "the default " + defaultValue.ToString(CultureInfo.InvariantCulture)));
            }
        }

        /// <summary>Reports each problem as a DS0021 warning without a location: an option belongs to no file.</summary>
        public static void Report(SourceProductionContext context, EquatableArray<OptionProblem> problems)
        {
            foreach (OptionProblem problem in problems)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticCatalog.InvalidOption, Location.None, problem.Property, problem.Value, problem.Expected, problem.UsedInstead));
            }
        }
    }
}

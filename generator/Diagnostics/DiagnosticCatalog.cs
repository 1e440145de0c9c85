using System.Collections.Generic;
using System.Collections.Immutable;
using Dataset.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Dataset.Generator.Diagnostics
{
    /// <summary>Every diagnostic the generator reports. Ids are listed in <see cref="DiagnosticIds"/>.</summary>
    internal static class DiagnosticCatalog
    {
        private const string Category = "Dataset";
        // Each id has a section in the README's diagnostics reference; relative to the repository root until it is published.
        private const string HelpLinkBase = "README.md#";

        public static readonly DiagnosticDescriptor InternalError = Create(
            DiagnosticIds.InternalError,
            "The dataset generator failed on a seed",
            "The dataset generator failed while processing '{0}': {1}. The other seeds were still generated; please report this with the seed attached.",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor BinaryContent = Create(
            DiagnosticIds.BinaryContent,
            "Seed is not text",
            "Seed contains the control character {0}, so it is binary or corrupt; no article was generated from it",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidUtf8 = Create(
            DiagnosticIds.InvalidUtf8,
            "Seed is not valid UTF-8",
            "Seed is not valid {0}: {1}; save the file as UTF-8. No article was generated from it.",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor NoArticleText = Create(
            DiagnosticIds.NoArticleText,
            "Seed has no article text",
            "Seed '{0}' has no article text once blank and junk lines are removed; its article has no paragraphs",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor DuplicateId = Create(
            DiagnosticIds.DuplicateId,
            "Two seeds have the same article id",
            "Article id '{0}' is also used by '{1}'; only the seed with the ordinally first path was generated. Rename one of the files or give one an 'id' in its front matter.",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor MemberNameCollision = Create(
            DiagnosticIds.MemberNameCollision,
            "Two article ids map to the same member name",
            "Article id '{0}' maps to the member name '{1}', as does '{2}' in '{3}'; only the ordinally first id was generated. Rename one of the files.",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidFrontMatter = Create(
            DiagnosticIds.InvalidFrontMatter,
            "Front matter is not valid YAML",
            "Front matter is not valid YAML: {0}",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor FrontMatterWrongType = Create(
            DiagnosticIds.FrontMatterWrongType,
            "Front matter field has the wrong type",
            "Front matter '{0}' must be {1}",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnknownFrontMatterField = Create(
            DiagnosticIds.UnknownFrontMatterField,
            "Unknown front matter field",
            "Front matter field '{0}' is not known and was ignored; the known fields are {1}",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor FrontMatterBadValue = Create(
            DiagnosticIds.FrontMatterBadValue,
            "Front matter value is not valid",
            "Front matter '{0}' is '{1}', which is not {2}",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnclosedQuote = Create(
            DiagnosticIds.UnclosedQuote,
            "Quotation mark is never closed",
            "The quotation mark {0} opens a quote that is never closed, and the next paragraph does not continue it",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UnopenedQuote = Create(
            DiagnosticIds.UnopenedQuote,
            "Quotation mark closes a quote that was never opened",
            "The quotation mark {0} closes a quote that was never opened",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor InvisibleCharacter = Create(
            DiagnosticIds.InvisibleCharacter,
            "Seed contains an invisible or bidirectional control character",
            "Seed contains the invisible character {0} ({1}); it can hide or reorder text (Trojan Source). Remove it unless it is wanted; generated code escapes it.",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor SeedTooLarge = Create(
            DiagnosticIds.SeedTooLarge,
            "Seed is larger than the limit",
            "Seed has {0} characters, more than the limit of {1} (MSBuild property DatasetMaxSeedLength); no article was generated from it",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor JunkLineRemoved = Create(
            DiagnosticIds.JunkLineRemoved,
            "Scraper junk line removed",
            "Removed the scraper junk line '{0}'; it is kept in Article.RemovedLines",
            DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor QuoteWithoutSpeaker = Create(
            DiagnosticIds.QuoteWithoutSpeaker,
            "Quote has no attributable speaker",
            "No speaker could be attributed to the quote \"{0}\"",
            DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor UnclosedFrontMatter = Create(
            DiagnosticIds.UnclosedFrontMatter,
            "Front matter is not closed",
            "The seed opens a front-matter block with '---' but no line closes it with '---'",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor DataTooLargeForLanguageVersion = Create(
            DiagnosticIds.DataTooLargeForLanguageVersion,
            "The dataset is too large for this C# version",
            "The dataset needs about {0} MB of data, more than C# 7.3 to 10 can hold: before C# 11 the data shares the compiler's 16 MB user-string heap with the project's own strings, and {1} MB of it are set aside for the data. Set <LangVersion>11</LangVersion> or later (it works for netstandard2.0 and .NET Framework projects too), or split the seeds over several projects. The articles were generated without their data or quote constants.",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor DatasetTooLarge = Create(
            DiagnosticIds.DatasetTooLarge,
            "The dataset is too large for one assembly",
            "The dataset holds about {0} MB of data in {1} articles, more than the {2} MB one assembly is built with (MSBuild property DatasetMaxDataLength): the compiler needs about 40 times the data in memory. Split the seeds over several projects, each referencing the Dataset package with its own seeds (for example one project per year or per source, each with its own DatasetClassName), or raise DatasetMaxDataLength. The articles were generated without their data or quote constants.",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor Utf16WithoutBom = Create(
            DiagnosticIds.Utf16WithoutBom,
            "Seed is UTF-16 without a byte-order mark",
            "Seed looks like UTF-16 ({0}) without a byte-order mark: read as UTF-8, as the compiler reads a file without one, every other character is NUL. Save the file as UTF-8. No article was generated from it.",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidOption = Create(
            DiagnosticIds.InvalidOption,
            "Dataset MSBuild property has an invalid value",
            "The MSBuild property {0} is '{1}', which is not {2}; {3} is used instead",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UnreadableSeed = Create(
            DiagnosticIds.UnreadableSeed,
            "The compiler could not read the seed",
            "The compiler could not read seed '{0}' as text (it reports why, e.g. CS2015 for a binary file); no article was generated from it",
            DiagnosticSeverity.Error);

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
        {
            [InternalError.Id] = InternalError,
            [BinaryContent.Id] = BinaryContent,
            [InvalidUtf8.Id] = InvalidUtf8,
            [NoArticleText.Id] = NoArticleText,
            [DuplicateId.Id] = DuplicateId,
            [MemberNameCollision.Id] = MemberNameCollision,
            [InvalidFrontMatter.Id] = InvalidFrontMatter,
            [FrontMatterWrongType.Id] = FrontMatterWrongType,
            [UnknownFrontMatterField.Id] = UnknownFrontMatterField,
            [FrontMatterBadValue.Id] = FrontMatterBadValue,
            [UnclosedQuote.Id] = UnclosedQuote,
            [UnopenedQuote.Id] = UnopenedQuote,
            [InvisibleCharacter.Id] = InvisibleCharacter,
            [SeedTooLarge.Id] = SeedTooLarge,
            [JunkLineRemoved.Id] = JunkLineRemoved,
            [QuoteWithoutSpeaker.Id] = QuoteWithoutSpeaker,
            [UnclosedFrontMatter.Id] = UnclosedFrontMatter,
            [DataTooLargeForLanguageVersion.Id] = DataTooLargeForLanguageVersion,
            [DatasetTooLarge.Id] = DatasetTooLarge,
            [Utf16WithoutBom.Id] = Utf16WithoutBom,
            [InvalidOption.Id] = InvalidOption,
            [UnreadableSeed.Id] = UnreadableSeed,
        };

        // The summary DiagnosticCap puts after the first diagnostics of a flooded id carries that same id, so a severity
        // configured for the id (or NoWarn) governs its summary too.
        private static readonly Dictionary<string, DiagnosticDescriptor> SummaryById = CreateSummaries(
            "{0} more {id} diagnostics in this seed, from here on, are not reported: at most {1} of one id are reported per seed");

        private static readonly Dictionary<string, DiagnosticDescriptor> DatasetSummaryById = CreateSummaries(
            "{0} more {id} diagnostics in {1} seeds, from here on in path order, are not reported: at most {2} informational diagnostics of one id are reported per build");

        public static ImmutableArray<DiagnosticDescriptor> All => ById.Values.ToImmutableArray();

        public static DiagnosticDescriptor Get(string id) => ById[id];

        /// <summary>The descriptor to report <paramref name="diagnostic"/> with: its id's, or that id's summary descriptor.</summary>
        public static DiagnosticDescriptor For(SeedDiagnostic diagnostic) =>
            !diagnostic.IsSummary ? ById[diagnostic.Id] : diagnostic.IsDatasetSummary ? DatasetSummaryById[diagnostic.Id] : SummaryById[diagnostic.Id];

        /// <summary>Whether <paramref name="id"/> is informational by default (capped across the dataset by <c>DiagnosticCap</c>).</summary>
        public static bool IsInformational(string id) => ById.TryGetValue(id, out DiagnosticDescriptor? descriptor) && descriptor.DefaultSeverity == DiagnosticSeverity.Info;

        private static Dictionary<string, DiagnosticDescriptor> CreateSummaries(string messageFormat)
        {
            var summaries = new Dictionary<string, DiagnosticDescriptor>();
            foreach (DiagnosticDescriptor descriptor in ById.Values)
            {
                summaries[descriptor.Id] = new DiagnosticDescriptor(
                    descriptor.Id,
                    descriptor.Title,
                    messageFormat.Replace("{id}", descriptor.Id),
                    Category,
                    descriptor.DefaultSeverity,
                    isEnabledByDefault: true,
                    helpLinkUri: HelpLinkBase + "diagnostic-cap");
            }

            return summaries;
        }

        private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
            new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id.ToLowerInvariant());
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Dataset.Generator.Diagnostics
{
    /// <summary>Every diagnostic the generator reports. Ids are listed in <see cref="DiagnosticIds"/>.</summary>
    internal static class DiagnosticCatalog
    {
        private const string Category = "Dataset";
        // The catalogue page ships with the repository; the link is relative to its root until the project is published.
        private const string HelpLinkBase = "docs/diagnostics.md#";

        public static readonly DiagnosticDescriptor InternalError = Create(
            DiagnosticIds.InternalError,
            "The dataset generator failed on a seed",
            "The dataset generator failed while processing '{0}': {1}. The other seeds were still generated; please report this with the seed attached.",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor BinaryContent = Create(
            DiagnosticIds.BinaryContent,
            "Seed is not text",
            "Seed contains the control character {0}, so it is binary or corrupt and no article was generated from it",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor NoArticleText = Create(
            DiagnosticIds.NoArticleText,
            "Seed has no article text",
            "Seed '{0}' has no article text once blank and junk lines are removed; its article has no paragraphs",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor DuplicateId = Create(
            DiagnosticIds.DuplicateId,
            "Two seeds have the same article id",
            "Article id '{0}' is also used by '{1}'; only the seed with the ordinally first path was generated. Rename one of the files.",
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

        public static readonly DiagnosticDescriptor UnclosedFrontMatter = Create(
            DiagnosticIds.UnclosedFrontMatter,
            "Front matter is not closed",
            "The seed opens a front-matter block with '---' but no line closes it with '---'",
            DiagnosticSeverity.Error);

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
        {
            [InternalError.Id] = InternalError,
            [BinaryContent.Id] = BinaryContent,
            [NoArticleText.Id] = NoArticleText,
            [DuplicateId.Id] = DuplicateId,
            [MemberNameCollision.Id] = MemberNameCollision,
            [InvalidFrontMatter.Id] = InvalidFrontMatter,
            [UnclosedFrontMatter.Id] = UnclosedFrontMatter,
        };

        public static ImmutableArray<DiagnosticDescriptor> All => ById.Values.ToImmutableArray();

        public static DiagnosticDescriptor Get(string id) => ById[id];

        private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
            new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id.ToLowerInvariant());
    }
}

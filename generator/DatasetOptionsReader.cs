using System;
using System.Text;
using Dataset.Generator.Emitting;
using Dataset.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dataset.Generator
{
    /// <summary>Reads the consumer's MSBuild properties (through the analyzer config) into <see cref="DatasetOptions"/>.</summary>
    internal static class DatasetOptionsReader
    {
        public const string DefaultClassName = "Articles";
        public const string FallbackNamespace = "Dataset.Generated";

        /// <summary>Articles per generated file and data chunk: files of a few hundred KB for 6 KB articles.</summary>
        public const int DefaultArticlesPerFile = 128;

        public static DatasetOptions Read(AnalyzerConfigOptions options, LanguageSupport language)
        {
            string? ns = Get(options, "DatasetNamespace") ?? Get(options, "RootNamespace");
            string? className = Get(options, "DatasetClassName");
            string? visibility = Get(options, "DatasetVisibility");
            string root = Get(options, "DatasetSourceRoot") ?? Get(options, "ProjectDir") ?? string.Empty;
            return new DatasetOptions(
                SanitizeNamespace(ns),
                className is not null && OptionsValidation.IsValidClassName(className) ? className : DefaultClassName,
                !string.Equals(visibility, OptionsValidation.Internal, StringComparison.OrdinalIgnoreCase),
                root,
                ReadArticlesPerFile(options),
                ReadMaxDataLength(options),
                !string.Equals(Get(options, "DatasetQuoteConstants"), "false", StringComparison.OrdinalIgnoreCase),
                language);
        }

        /// <summary>
        /// Every <c>.txt</c> AdditionalFile is a seed unless its <c>DatasetSeed</c> metadata says <c>false</c>; the
        /// package marks the text files other analyzers read (PublicAPI.*.txt, BannedSymbols.txt) that way.
        /// </summary>
        public static bool IsSeed(AnalyzerConfigOptions seedOptions) =>
            !(seedOptions.TryGetValue("build_metadata.AdditionalFiles.DatasetSeed", out string? value)
                && string.Equals(value?.Trim(), "false", StringComparison.OrdinalIgnoreCase));

        /// <summary>
        /// The seed's <c>DatasetId</c> item metadata (declared compiler-visible by the package's props), which
        /// replaces the file-name id; <see langword="null"/> when it is not set.
        /// </summary>
        public static string? ReadSeedId(AnalyzerConfigOptions seedOptions) =>
            seedOptions.TryGetValue("build_metadata.AdditionalFiles.DatasetId", out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        public static LanguageSupport ReadLanguage(ParseOptions parseOptions, bool canUseNotNullWhen)
        {
            LanguageVersion version = parseOptions is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.CSharp7_3;
            bool nullable = version >= LanguageVersion.CSharp8;
            return new LanguageSupport(nullable, nullable && canUseNotNullWhen, version >= LanguageVersion.CSharp11);
        }

        /// <summary>Whether the project can see <c>System.Diagnostics.CodeAnalysis.NotNullWhenAttribute</c> (framework, reference or polyfill).</summary>
        public static bool CanUseNotNullWhen(Compilation compilation) =>
            compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute") is { } attribute
            && compilation.IsSymbolAccessibleWithin(attribute, compilation.Assembly);

        /// <summary><c>DatasetArticlesPerFile</c>: how many articles one generated file holds.</summary>
        public static int ReadArticlesPerFile(AnalyzerConfigOptions options) =>
            OptionsValidation.TryParsePositive(Get(options, "DatasetArticlesPerFile"), out int count) ? count : DefaultArticlesPerFile;

        /// <summary>
        /// Bytes of data one assembly is built with by default: about 27,000 articles of 6 KB. A build of 20,000 such
        /// articles already takes the compiler several GB of memory; past this the dataset should be split.
        /// </summary>
        public const long DefaultMaxDataLength = 200_000_000;

        /// <summary><c>DatasetMaxDataLength</c>: the most bytes of data one assembly is built with.</summary>
        public static long ReadMaxDataLength(AnalyzerConfigOptions options) =>
            OptionsValidation.TryParsePositive(Get(options, "DatasetMaxDataLength"), out long length) ? length : DefaultMaxDataLength;

        /// <summary><c>DatasetMaxSeedLength</c>: the most characters a seed may have.</summary>
        public static int ReadMaxSeedLength(AnalyzerConfigOptions options) =>
            OptionsValidation.TryParsePositive(Get(options, "DatasetMaxSeedLength"), out int length)
                ? length
                : Parsing.SeedParser.DefaultMaxLength;

        internal static string? Get(AnalyzerConfigOptions options, string property) =>
            options.TryGetValue("build_property." + property, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        // RootNamespace comes from the project name, which may hold characters C# does not allow ("My-App").
        internal static string SanitizeNamespace(string? ns)
        {
            if (ns is null)
            {
                return FallbackNamespace;
            }

            var result = new StringBuilder();
            foreach (string part in ns.Split('.'))
            {
                var name = new StringBuilder();
                foreach (char c in part)
                {
                    name.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
                }

                if (name.Length == 0)
                {
                    continue;
                }

                if (char.IsDigit(name[0]))
                {
                    name.Insert(0, '_');
                }

                string identifier = name.ToString();
                result.Append(result.Length == 0 ? string.Empty : ".").Append(CSharp.IsPlainIdentifier(identifier) ? identifier : "@" + identifier);
            }

            return result.Length == 0 ? FallbackNamespace : result.ToString();
        }
    }
}

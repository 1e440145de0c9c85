using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dataset.Tests.Support
{
    /// <summary>
    /// Supplies <c>build_property.*</c> values, and per-seed <c>build_metadata.AdditionalFiles.*</c> values keyed by
    /// the seed's path, the way the SDK's generated .editorconfig does.
    /// </summary>
    internal sealed class TestOptionsProvider(
        IReadOnlyDictionary<string, string> properties,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? seedMetadata = null) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options("build_property.", properties);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            seedMetadata is not null && seedMetadata.TryGetValue(textFile.Path, out IReadOnlyDictionary<string, string>? metadata)
                ? new Options("build_metadata.AdditionalFiles.", metadata)
                : Options.Empty;

        private sealed class Options(string prefix, IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(string.Empty, new Dictionary<string, string>());

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
            {
                value = null;
                return key.StartsWith(prefix, System.StringComparison.Ordinal)
                    && values.TryGetValue(key.Substring(prefix.Length), out value);
            }
        }
    }
}

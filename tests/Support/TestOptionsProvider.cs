using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dataset.Tests.Support
{
    /// <summary>Supplies <c>build_property.*</c> values the way the SDK's generated .editorconfig does.</summary>
    internal sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> properties) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(properties);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(IReadOnlyDictionary<string, string> properties) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
            {
                const string prefix = "build_property.";
                value = null;
                return key.StartsWith(prefix, System.StringComparison.Ordinal)
                    && properties.TryGetValue(key.Substring(prefix.Length), out value);
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Dataset.Generator.Parsing
{
    /// <summary>The metadata a seed's optional YAML block (<c>---</c> … <c>---</c>) gives.</summary>
    internal sealed record FrontMatter(string? Title)
    {
        public static readonly FrontMatter None = new((string?)null);

        /// <summary>
        /// Reads the front-matter block if the seed starts with one. Returns the index of the first body line in
        /// <paramref name="bodyStart"/> (0 when there is no block).
        /// </summary>
        public static FrontMatter Read(List<SeedLine> lines, List<SeedDiagnostic> diagnostics, out int bodyStart)
        {
            bodyStart = 0;
            if (lines.Count == 0 || !IsFence(lines[0].Text, allowDots: false))
            {
                return None;
            }

            int close = 1;
            while (close < lines.Count && !IsFence(lines[close].Text, allowDots: true))
            {
                close++;
            }

            if (close == lines.Count)
            {
                SeedLine open = lines[0];
                diagnostics.Add(SeedDiagnostic.Create(DiagnosticIds.UnclosedFrontMatter, TextRange.OnLine(open.Index, open.Start, 0, open.Text.TrimEnd().Length)));
                return None;
            }

            bodyStart = close + 1;
            var yaml = new System.Text.StringBuilder();
            for (int i = 1; i < close; i++)
            {
                yaml.Append(lines[i].Text).Append('\n');
            }

            YamlMappingNode? root;
            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(yaml.ToString()));
                root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode as YamlMappingNode;
            }
            catch (YamlException e)
            {
                // YamlDotNet's marks are 1-based and count from the block's first line.
                int lineIndex = Math.Min(close - 1, Math.Max(1, (int)e.Start.Line));
                SeedLine line = lines[lineIndex];
                int column = (int)Math.Min(Math.Max(0, e.Start.Column - 1), line.Text.Length);
                diagnostics.Add(SeedDiagnostic.Create(
                    DiagnosticIds.InvalidFrontMatter,
                    TextRange.OnLine(line.Index, line.Start, column, 0),
                    Message(e)));
                return None;
            }

            string? title = null;
            if (root is not null && root.Children.TryGetValue(new YamlScalarNode("title"), out YamlNode? node) && node is YamlScalarNode scalar)
            {
                title = string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value!.Trim();
            }

            return new FrontMatter(title);
        }

        private static bool IsFence(string line, bool allowDots)
        {
            string trimmed = line.TrimEnd();
            return trimmed == "---" || (allowDots && trimmed == "...");
        }

        // YamlDotNet prefixes its messages with the position, which the diagnostic already carries.
        private static string Message(YamlException e)
        {
            string message = e.InnerException?.Message ?? e.Message;
            int close = message.IndexOf("): ", StringComparison.Ordinal);
            return message.StartsWith("(", StringComparison.Ordinal) && close > 0 ? message.Substring(close + 3) : message;
        }
    }
}

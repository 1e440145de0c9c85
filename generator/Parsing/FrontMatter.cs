using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Dataset.Generator.Parsing
{
    /// <summary>
    /// Reads a seed's optional YAML block (<c>---</c> … <c>---</c> at the top) with YamlDotNet. Every problem is
    /// reported at the key or value it concerns, in file coordinates; a field with a problem is left unset.
    /// </summary>
    internal static class FrontMatter
    {
        /// <summary>The fields a seed may give, in the order the README lists them.</summary>
        public static readonly string[] Fields = { "title", "url", "published", "authors", "tags", "language", "id" };

        public static FrontMatterSpec Read(List<SeedLine> lines, List<SeedDiagnostic> diagnostics, out int bodyStart)
        {
            bodyStart = 0;
            if (lines.Count == 0 || !IsFence(lines[0].Text, allowDots: false))
            {
                return FrontMatterSpec.None;
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
                return FrontMatterSpec.None;
            }

            bodyStart = close + 1;
            var yaml = new StringBuilder();
            for (int i = 1; i < close; i++)
            {
                yaml.Append(lines[i].Text).Append('\n');
            }

            var reader = new Reader(lines, close, diagnostics);
            if (FindExcessiveNesting(lines, close) is { } deep)
            {
                // YamlDotNet recurses once per level, and a stack overflow would kill the compiler itself.
                diagnostics.Add(SeedDiagnostic.Create(
                    DiagnosticIds.InvalidFrontMatter,
                    TextRange.OnLine(deep.Index, deep.Start, deep.Column, 0),
                    "it nests deeper than " + MaxNesting.ToString(CultureInfo.InvariantCulture) + " levels; front matter holds only text and lists of text"));
                return FrontMatterSpec.None;
            }

            YamlNode? root;
            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(yaml.ToString()));
                root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            }
            catch (YamlException e)
            {
                diagnostics.Add(SeedDiagnostic.Create(DiagnosticIds.InvalidFrontMatter, reader.Range(e.Start, e.Start), Message(e)));
                return FrontMatterSpec.None;
            }

            return root is null || IsEmpty(root) ? FrontMatterSpec.None : reader.ReadFields(root);
        }

        /// <summary>Deeper than any metadata needs, far shallower than what exhausts a thread's stack.</summary>
        private const int MaxNesting = 32;

        // Flow brackets, and block indentation or "- " / "? " prefixes, each count as a level.
        private static (int Index, int Start, int Column)? FindExcessiveNesting(List<SeedLine> lines, int close)
        {
            int depth = 0;
            for (int i = 1; i < close; i++)
            {
                string text = lines[i].Text;
                int indent = 0, dashes = 0;
                while (indent < text.Length && text[indent] == ' ')
                {
                    indent++;
                }

                for (int k = indent; k + 1 < text.Length && (text[k] == '-' || text[k] == '?') && text[k + 1] == ' '; k += 2)
                {
                    dashes++;
                }

                if (indent > MaxNesting * 4 || dashes > MaxNesting)
                {
                    return (lines[i].Index, lines[i].Start, indent);
                }

                // Brackets inside quoted text count too: over-counting can only refuse absurd metadata, while
                // guessing where quotes end could let a real nesting through.
                for (int k = 0; k < text.Length; k++)
                {
                    char c = text[k];
                    if (c == '[' || c == '{')
                    {
                        if (++depth > MaxNesting)
                        {
                            return (lines[i].Index, lines[i].Start, k);
                        }
                    }
                    else if ((c == ']' || c == '}') && depth > 0)
                    {
                        depth--;
                    }
                }
            }

            return null;
        }

        private static bool IsFence(string line, bool allowDots)
        {
            string trimmed = line.TrimEnd();
            return trimmed == "---" || (allowDots && trimmed == "...");
        }

        // "---\n---" or a block holding only comments is an empty document, not an error.
        private static bool IsEmpty(YamlNode root) => root is YamlScalarNode { Value: null or "" };

        // YamlDotNet prefixes its messages with the position, which the diagnostic already carries.
        private static string Message(YamlException e)
        {
            string message = e.InnerException?.Message ?? e.Message;
            int close = message.IndexOf("): ", StringComparison.Ordinal);
            return message.StartsWith("(", StringComparison.Ordinal) && close > 0 ? message.Substring(close + 3) : message;
        }

        private sealed class Reader(List<SeedLine> lines, int closeLine, List<SeedDiagnostic> diagnostics)
        {
            public FrontMatterSpec ReadFields(YamlNode root)
            {
                if (root is not YamlMappingNode mapping)
                {
                    Report(DiagnosticIds.FrontMatterWrongType, root, "front matter", "a mapping of fields (key: value)");
                    return FrontMatterSpec.None;
                }

                string? title = null, url = null, language = null, id = null;
                PublishedDate? published = null;
                EquatableArray<string> authors = EquatableArray<string>.Empty, tags = EquatableArray<string>.Empty;
                foreach (KeyValuePair<YamlNode, YamlNode> field in mapping.Children)
                {
                    string key = field.Key is YamlScalarNode scalarKey ? scalarKey.Value ?? string.Empty : string.Empty;
                    YamlNode value = field.Value;
                    if (value is YamlScalarNode { Value: null or "" } && value.Tag.IsEmpty && ((YamlScalarNode)value).Style == ScalarStyle.Plain)
                    {
                        continue; // "title:" with nothing after it leaves the field unset.
                    }

                    switch (key)
                    {
                        case "title": title = Text(key, value); break;
                        case "url": url = Url(key, value); break;
                        case "published": published = Published(key, value); break;
                        case "authors": authors = TextOrList(key, value); break;
                        case "tags": tags = List(key, value); break;
                        case "language": language = Language(key, value); break;
                        case "id": id = Id(key, value); break;
                        default:
                            Report(DiagnosticIds.UnknownFrontMatterField, field.Key, key, string.Join(", ", Fields));
                            break;
                    }
                }

                return new FrontMatterSpec(title, url, published, authors, tags, language, id);
            }

            private string? Text(string key, YamlNode value)
            {
                if (value is YamlScalarNode scalar)
                {
                    string text = (scalar.Value ?? string.Empty).Trim();
                    return text.Length == 0 ? null : text;
                }

                Report(DiagnosticIds.FrontMatterWrongType, value, key, "text");
                return null;
            }

            private EquatableArray<string> List(string key, YamlNode value)
            {
                if (value is not YamlSequenceNode sequence)
                {
                    Report(DiagnosticIds.FrontMatterWrongType, value, key, "a list of text");
                    return EquatableArray<string>.Empty;
                }

                var items = new List<string>();
                foreach (YamlNode item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } text } && text.Trim().Length > 0)
                    {
                        items.Add(text.Trim());
                    }
                    else
                    {
                        Report(DiagnosticIds.FrontMatterWrongType, item, key, "a list of text");
                    }
                }

                return items.ToEquatableArray();
            }

            private EquatableArray<string> TextOrList(string key, YamlNode value) =>
                value is YamlScalarNode && Text(key, value) is { } single
                    ? new[] { single }.ToEquatableArray()
                    : value is YamlScalarNode ? EquatableArray<string>.Empty : List(key, value);

            private string? Url(string key, YamlNode value)
            {
                string? text = Text(key, value);
                if (text is null)
                {
                    return null;
                }

                if (Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
                {
                    return text;
                }

                Report(DiagnosticIds.FrontMatterBadValue, value, key, text, "an absolute http or https URL");
                return null;
            }

            private PublishedDate? Published(string key, YamlNode value)
            {
                string? text = Text(key, value);
                if (text is null)
                {
                    return null;
                }

                PublishedDate? date = PublishedDate.Parse(text);
                if (date is null)
                {
                    Report(DiagnosticIds.FrontMatterBadValue, value, key, text, "an ISO-8601 date (2023-06-19) or date-time with offset (2023-06-19T10:30:00+08:00)");
                }

                return date;
            }

            private string? Language(string key, YamlNode value)
            {
                string? text = Text(key, value);
                if (text is null || IsLanguageTag(text))
                {
                    return text;
                }

                Report(DiagnosticIds.FrontMatterBadValue, value, key, text, "a BCP-47 language tag such as en, en-US or zh-Hans-CN");
                return null;
            }

            private string? Id(string key, YamlNode value)
            {
                string? text = Text(key, value);
                if (text is null || ArticleIds.IsValid(text))
                {
                    return text;
                }

                Report(DiagnosticIds.FrontMatterBadValue, value, key, text, ArticleIds.Rule);
                return null;
            }

            // Syntax only (RFC 5646 shape): culture data differs between machines, the build must not.
            private static bool IsLanguageTag(string text)
            {
                string[] parts = text.Split('-');
                if (parts[0].Length < 2 || parts[0].Length > 8 || !IsAscii(parts[0], letters: true))
                {
                    return false;
                }

                for (int i = 1; i < parts.Length; i++)
                {
                    if (parts[i].Length < 1 || parts[i].Length > 8 || !IsAscii(parts[i], letters: false))
                    {
                        return false;
                    }
                }

                return true;
            }

            private static bool IsAscii(string part, bool letters)
            {
                foreach (char c in part)
                {
                    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                    if (!letter && (letters || c < '0' || c > '9'))
                    {
                        return false;
                    }
                }

                return true;
            }

            private void Report(string id, YamlNode node, params string[] arguments) =>
                diagnostics.Add(SeedDiagnostic.Create(id, Range(node.Start, node.End), arguments));

            /// <summary>Maps YamlDotNet's marks (1-based, counted from the block's first line) into the seed file.</summary>
            public TextRange Range(Mark start, Mark end)
            {
                (int startLine, int startColumn, int startOffset) = Position(start);
                (int endLine, int endColumn, int endOffset) = Position(end);
                if (endOffset < startOffset)
                {
                    (endLine, endColumn, endOffset) = (startLine, startColumn, startOffset);
                }

                return new TextRange(startOffset, endOffset - startOffset, startLine, startColumn, endLine, endColumn);
            }

            private (int Line, int Column, int Offset) Position(Mark mark)
            {
                // Block line 1 is file line index 1 (index 0 is the opening fence); the end mark may sit on the closing fence.
                int lineIndex = (int)Math.Min(Math.Max(mark.Line, 1), closeLine);
                SeedLine line = lines[lineIndex];
                int column = (int)Math.Min(Math.Max(mark.Column - 1, 0), line.Text.Length);
                return (lineIndex, column, line.Start + column);
            }
        }
    }
}

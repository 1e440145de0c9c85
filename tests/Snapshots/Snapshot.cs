using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Dataset.Tests.Snapshots
{
    /// <summary>
    /// Snapshot-verifies a generator run the way Verify.SourceGenerators does: one <c>.verified.cs</c> file per
    /// generated source and a <c>.verified.txt</c> info file with the diagnostics, when there are any. Tests call
    /// <see cref="Verify"/> once per run; <see cref="SnapshotVerifier"/> owns the files.
    /// </summary>
    internal static class Snapshot
    {
        /// <summary>
        /// Fails the calling test when the run's output differs from its verified files, writing <c>.received.</c>
        /// files beside them. The snapshot is named <c>{TestClass}.{TestMethod}</c> after the calling file and member.
        /// </summary>
        public static void Verify(
            GeneratorDriverRunResult result,
            SnapshotSettings? settings = null,
            [CallerFilePath] string sourceFile = "",
            [CallerMemberName] string testMethod = "") =>
            SnapshotVerifier.Verify(Targets(result), settings ?? SnapshotSettings.Default, sourceFile, testMethod);

        private static List<SnapshotTarget> Targets(GeneratorDriverRunResult result)
        {
            // A generator that throws is a failure, never a snapshot of an empty run.
            Exception[] exceptions = result.Results.Select(r => r.Exception).OfType<Exception>().ToArray();
            if (exceptions.Length == 1)
            {
                ExceptionDispatchInfo.Capture(exceptions[0]).Throw();
            }

            if (exceptions.Length > 1)
            {
                throw new AggregateException(exceptions);
            }

            var targets = new List<SnapshotTarget>();
            if (result.Diagnostics.Length > 0)
            {
                targets.Add(new SnapshotTarget(null, "txt", Info(result.Diagnostics)));
            }

            foreach (GeneratedSourceResult source in result.Results.SelectMany(r => r.GeneratedSources).OrderBy(s => s.HintName, StringComparer.Ordinal))
            {
                targets.Add(new SnapshotTarget(
                    Path.GetFileNameWithoutExtension(source.HintName),
                    "cs",
                    "//HintName: " + source.HintName + "\n" + source.SourceText));
            }

            return targets;
        }

        // Verify's serialisation of { Diagnostics }: unquoted names and values, two-space indents, defaults omitted.
        private static string Info(IEnumerable<Diagnostic> diagnostics)
        {
            var text = new StringBuilder("{\n  Diagnostics: [\n");
            string separator = string.Empty;
            foreach (Diagnostic diagnostic in diagnostics)
            {
                DiagnosticDescriptor descriptor = diagnostic.Descriptor;
                FileLinePositionSpan span = diagnostic.Location.GetMappedLineSpan();
                text.Append(separator).Append("    {\n");
                Member(text, 6, "Location", span.Path.Replace('\\', '/') + ": " + span.Span);
                Member(text, 6, "Message", diagnostic.GetMessage(CultureInfo.InvariantCulture));
                Member(text, 6, "Severity", diagnostic.Severity.ToString());
                if (diagnostic.WarningLevel != 0)
                {
                    Member(text, 6, "WarningLevel", diagnostic.WarningLevel.ToString(CultureInfo.InvariantCulture));
                }

                text.Append("      Descriptor: {\n");
                Member(text, 8, "Id", descriptor.Id);
                Member(text, 8, "Title", descriptor.Title.ToString(CultureInfo.InvariantCulture));
                Member(text, 8, "Description", descriptor.Description.ToString(CultureInfo.InvariantCulture));
                Member(text, 8, "HelpLink", descriptor.HelpLinkUri);
                Member(text, 8, "MessageFormat", descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture));
                Member(text, 8, "Category", descriptor.Category);
                Member(text, 8, "DefaultSeverity", descriptor.DefaultSeverity.ToString());
                Member(text, 8, "IsEnabledByDefault", descriptor.IsEnabledByDefault ? "true" : "false", last: descriptor.CustomTags.Any() is false);
                if (descriptor.CustomTags.Any())
                {
                    text.Append("        CustomTags: [\n          ").Append(string.Join(",\n          ", descriptor.CustomTags)).Append("\n        ]\n");
                }

                text.Append("      }\n    }");
                separator = ",\n";
            }

            return text.Append("\n  ]\n}").ToString();
        }

        private static void Member(StringBuilder text, int indent, string name, string? value, bool last = false)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return;
            }

            text.Append(' ', indent).Append(name).Append(": ").Append(value).Append(last ? "\n" : ",\n");
        }
    }
}

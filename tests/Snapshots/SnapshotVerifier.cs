using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Dataset.Tests.Support;
using DiffPlex.Renderer;

namespace Dataset.Tests.Snapshots
{
    /// <summary>One snapshot file's content: Verify's "target". <see cref="Name"/> is null for the info file.</summary>
    internal sealed record SnapshotTarget(string? Name, string Extension, string Text);

    /// <summary>A snapshot that does not match, or a refused accept; the message lists the files and the diff.</summary>
    internal sealed class SnapshotException(string message) : Exception(message);

    /// <summary>
    /// The only place that knows Verify's file conventions (<c>shared/notes/snapshots.md</c>): file names, text rules,
    /// scrubbing, <c>.received.</c> files, the New / NotEqual / Delete / Equal listing, and accepting.
    /// </summary>
    internal static class SnapshotVerifier
    {
        private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

        // [GeneratedCode("Dataset.Generator", "0.1.0")]: the version changes with every release, the code does not.
        private static readonly Regex GeneratedCodeVersion = new(@"(GeneratedCode\(""[^""\\]*"", "")[^""\\]*(""\))", RegexOptions.CultureInvariant);

        // Longest first, so a project directory inside the solution directory is replaced as a whole.
        private static readonly (string Path, string Placeholder)[] Directories = new[]
            {
                (GeneratorHarness.ProjectDir, "{ProjectDirectory}"),
                (Repository.Root + Path.DirectorySeparatorChar, "{SolutionDirectory}"),
            }
            .SelectMany(d => new[] { d, (d.Item1.Replace('\\', '/'), d.Item2) })
            .Distinct()
            .OrderByDescending(d => d.Item1.Length)
            .ToArray();

        public static void Verify(IReadOnlyList<SnapshotTarget> targets, SnapshotSettings settings, string sourceFile, string testMethod)
        {
            if (settings.Accept && settings.OnCI)
            {
                throw new SnapshotException(
                    "VERIFY_ACCEPT=1 is refused when CI=true: snapshots are accepted on a developer machine, reviewed and committed, never on CI.");
            }

            string directory = settings.Directory ?? DefaultDirectory(sourceFile);
            string prefix = Prefix(sourceFile, testMethod, settings);
            Directory.CreateDirectory(directory);
            foreach (string stale in Matching(directory, prefix, "received"))
            {
                File.Delete(stale);
            }

            var newFiles = new List<(string Verified, string Received, string Text)>();
            var notEqual = new List<(string Verified, string Received, string Text, string Old)>();
            var equal = new List<string>();
            foreach ((string fileName, SnapshotTarget target) in FileNames(prefix, targets))
            {
                string verified = Path.Combine(directory, fileName + ".verified." + target.Extension);
                string received = Path.Combine(directory, fileName + ".received." + target.Extension);
                string content = Normalise(target.Text);
                if (!File.Exists(verified))
                {
                    newFiles.Add((verified, received, content));
                    continue;
                }

                string old = File.ReadAllText(verified, Encoding.UTF8);
                if (old.Contains('\r') && !settings.Accept)
                {
                    throw new SnapshotException(
                        verified + " contains \\r. Verified files are LF only (.gitattributes: *.verified.* text eol=lf); re-check it out or accept it again.");
                }

                if (old == content)
                {
                    equal.Add(verified);
                }
                else
                {
                    notEqual.Add((verified, received, content, old));
                }
            }

            var produced = new HashSet<string>(newFiles.Select(f => f.Verified).Concat(notEqual.Select(f => f.Verified)).Concat(equal), StringComparer.Ordinal);
            List<string> delete = Matching(directory, prefix, "verified").Where(f => !produced.Contains(f)).ToList();
            if (newFiles.Count == 0 && notEqual.Count == 0 && delete.Count == 0)
            {
                return;
            }

            if (settings.Accept)
            {
                foreach (var file in newFiles.Select(f => (f.Verified, f.Text)).Concat(notEqual.Select(f => (f.Verified, f.Text))))
                {
                    File.WriteAllText(file.Verified, file.Text, Utf8WithBom);
                }

                delete.ForEach(File.Delete);
                return;
            }

            foreach (var file in newFiles.Select(f => (f.Received, f.Text)).Concat(notEqual.Select(f => (f.Received, f.Text))))
            {
                File.WriteAllText(file.Received, file.Text, Utf8WithBom);
            }

            throw new SnapshotException(Report(directory, prefix, newFiles, notEqual, delete, equal));
        }

        /// <summary>Scrubs what varies between machines and releases, then applies the text rules: LF, no trailing newline.</summary>
        public static string Normalise(string text)
        {
            text = GeneratedCodeVersion.Replace(text, "$1{GeneratorVersion}$2");
            foreach ((string path, string placeholder) in Directories)
            {
                text = text.Replace(path, placeholder, StringComparison.Ordinal);
            }

            return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimEnd('\n');
        }

        // {prefix}.verified.txt for the info file, {prefix}#{name}.verified.{ext} for the rest, .00/.01 for twins.
        private static IEnumerable<(string FileName, SnapshotTarget Target)> FileNames(string prefix, IReadOnlyList<SnapshotTarget> targets)
        {
            foreach (var group in targets.GroupBy(t => (t.Name, t.Extension)))
            {
                string name = group.Key.Name is null ? prefix : prefix + "#" + group.Key.Name;
                int index = 0;
                foreach (SnapshotTarget target in group)
                {
                    string suffix = group.Count() > 1 ? "." + (index++).ToString("00", CultureInfo.InvariantCulture) : string.Empty;
                    yield return (name + suffix, target);
                }
            }
        }

        private static IEnumerable<string> Matching(string directory, string prefix, string kind) =>
            Directory.EnumerateFiles(directory, prefix + "*")
                .Where(f =>
                {
                    string name = Path.GetFileName(f);
                    return name == prefix + "." + kind + ".txt" || (name.StartsWith(prefix + "#", StringComparison.Ordinal) && name.Contains("." + kind + ".", StringComparison.Ordinal));
                })
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToList();

        private static string DefaultDirectory(string sourceFile)
        {
            string? testDirectory = Path.GetDirectoryName(sourceFile);
            if (string.IsNullOrEmpty(testDirectory) || !Directory.Exists(testDirectory))
            {
                throw new SnapshotException(
                    "The test file's directory '" + testDirectory + "' does not exist on this machine: the test project must be built with DeterministicSourcePaths=false.");
            }

            return Path.Combine(testDirectory, "Snapshots");
        }

        // {TestClass}.{TestMethod}, plus _{parameter}={value} for each theory argument, as Verify names files;
        // characters no file system (or the # separator) allows become '-', so names are the same on every OS.
        private static string Prefix(string sourceFile, string testMethod, SnapshotSettings settings)
        {
            string testClass = Path.GetFileNameWithoutExtension(sourceFile);
            string prefix = testClass + "." + (settings.MethodName ?? testMethod);
            if (settings.Parameters is null)
            {
                return prefix;
            }

            MethodInfo[] methods = typeof(SnapshotVerifier).Assembly.GetTypes()
                .Where(t => t.Name == testClass)
                .SelectMany(t => t.GetMethods().Where(m => m.Name == testMethod))
                .ToArray();
            if (methods.Length != 1 || methods[0].GetParameters().Length != settings.Parameters.Count)
            {
                throw new SnapshotException(
                    "Parameters need exactly one method " + testClass + "." + testMethod + " with " + settings.Parameters.Count + " parameter(s); found " + methods.Length + ".");
            }

            ParameterInfo[] parameters = methods[0].GetParameters();
            for (int i = 0; i < parameters.Length; i++)
            {
                string value = Convert.ToString(settings.Parameters[i], CultureInfo.InvariantCulture) ?? "null";
                prefix += "_" + parameters[i].Name + "=" + value;
            }

            return string.Concat(prefix.Select(c => char.IsControl(c) || "<>:\"/\\|?*#".Contains(c) ? '-' : c));
        }

        private static string Report(
            string directory,
            string prefix,
            List<(string Verified, string Received, string Text)> newFiles,
            List<(string Verified, string Received, string Text, string Old)> notEqual,
            List<string> delete,
            List<string> equal)
        {
            var report = new StringBuilder();
            report.Append("Snapshot ").Append(prefix).Append(" does not match. Directory: ").Append(directory).Append('\n');
            Section(report, "New", newFiles.Select(f => "Received: " + Path.GetFileName(f.Received) + "\n    Verified: " + Path.GetFileName(f.Verified)));
            Section(report, "NotEqual", notEqual.Select(f => "Received: " + Path.GetFileName(f.Received) + "\n    Verified: " + Path.GetFileName(f.Verified)));
            Section(report, "Delete", delete.Select(Path.GetFileName)!);
            Section(report, "Equal", equal.Select(Path.GetFileName)!);
            report.Append("\nReview the diff; to accept it run the tests with VERIFY_ACCEPT=1 (refused when CI=true) and commit the .verified. files.\n");
            foreach (var file in notEqual.Select(f => (f.Verified, f.Received, f.Old, f.Text)).Concat(newFiles.Select(f => (f.Verified, f.Received, Old: string.Empty, f.Text))))
            {
                report.Append('\n').Append(UnidiffRenderer.GenerateUnidiff(file.Old, file.Text, Path.GetFileName(file.Verified), Path.GetFileName(file.Received), false, false, 3));
            }

            return report.ToString();
        }

        private static void Section(StringBuilder report, string title, IEnumerable<string> files)
        {
            List<string> list = files.ToList();
            if (list.Count > 0)
            {
                report.Append(title).Append(":\n");
                list.ForEach(f => report.Append("  - ").Append(f).Append('\n'));
            }
        }
    }
}

using System;
using System.Collections.Generic;

namespace Dataset.Generator
{
    /// <summary>Turns a seed's absolute path into the project-relative, <c>/</c>-separated form users see.</summary>
    internal static class SourcePaths
    {
        /// <summary>
        /// <paramref name="path"/> relative to <paramref name="root"/> (with <c>../</c> when it lies outside);
        /// just the file name when the two share no root, so an absolute path never reaches generated code.
        /// </summary>
        public static string MakeRelative(string path, string root)
        {
            string[] target = Segments(path);
            string[] from = Segments(root);
            if (root.Length == 0 || target.Length == 0 || from.Length == 0 || !SameSegment(target[0], from[0]))
            {
                return target.Length == 0 ? path : target[target.Length - 1];
            }

            int common = 0;
            while (common < from.Length && common < target.Length - 1 && SameSegment(from[common], target[common]))
            {
                common++;
            }

            var parts = new List<string>();
            for (int i = common; i < from.Length; i++)
            {
                parts.Add("..");
            }

            for (int i = common; i < target.Length; i++)
            {
                parts.Add(target[i]);
            }

            return string.Join("/", parts);
        }

        private static string[] Segments(string path)
        {
            var segments = new List<string>();
            foreach (string segment in path.Replace('\\', '/').Split('/'))
            {
                if (segment.Length == 0 || segment == ".")
                {
                    continue;
                }

                if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
                {
                    segments.RemoveAt(segments.Count - 1);
                    continue;
                }

                segments.Add(segment);
            }

            // Keep a Unix path's root distinct from a Windows drive, so "/x" and "C:/x" never share one.
            if (path.StartsWith("/", StringComparison.Ordinal) || path.StartsWith("\\", StringComparison.Ordinal))
            {
                segments.Insert(0, "/");
            }

            return segments.ToArray();
        }

        // Drive letters differ only in case on Windows ("c:" vs "C:"); everything else compares exactly.
        private static bool SameSegment(string a, string b) =>
            a.Length == 2 && a[1] == ':' ? string.Equals(a, b, StringComparison.OrdinalIgnoreCase) : string.Equals(a, b, StringComparison.Ordinal);
    }
}

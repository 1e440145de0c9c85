using System;
using System.IO;

namespace Dataset.Benchmarks
{
    /// <summary>The repository's real seed, a scraped AP story (6 KB, 25 paragraphs), as every benchmark uses it.</summary>
    internal static class RealSeed
    {
        public const string Id = "000_93d74374661e688a";

        /// <summary>The copy next to the executable (the project copies <c>seeds/*.txt</c> there), read at run time.</summary>
        public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "seeds", Id + ".txt");

        public static string Text => File.ReadAllText(Path);
    }
}

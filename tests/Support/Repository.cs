using System;
using System.IO;

namespace Dataset.Tests.Support
{
    /// <summary>Paths inside the repository, found from the test assembly's location.</summary>
    internal static class Repository
    {
        public static string Root { get; } = FindRoot();

        public static string SeedsDirectory => Path.Combine(Root, "seeds");

        /// <summary>The first real seed, a scraped AP story about Blinken meeting Xi.</summary>
        public static string RealSeedPath => Path.Combine(SeedsDirectory, "000_93d74374661e688a.txt");

        public static string RealSeedText => File.ReadAllText(RealSeedPath);

        public static string[] RealSeedLines => File.ReadAllLines(RealSeedPath);

        private static string FindRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Dataset.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Dataset.sln was not found above " + AppContext.BaseDirectory);
        }
    }
}

namespace Dataset.Benchmarks
{
    /// <summary>
    /// The article <see cref="DatasetAccessBenchmarks"/> reads in this project: the real seed. steady-scale.sh
    /// compiles the same benchmarks with its own version of this class, naming an article of a large dataset.
    /// </summary>
    internal static class DatasetUnderTest
    {
        public const string Id = RealSeed.Id;

        public static Article Property => Articles._000_93d74374661e688a;
    }
}

using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using Dataset.Generator.Parsing;

namespace Dataset.Benchmarks
{
    /// <summary>
    /// What the generator saves a program at run time: the first paragraph of an article from the generated
    /// <c>Articles</c> class, against the obvious alternative of reading the seed and parsing it when needed.
    /// </summary>
    [MemoryDiagnoser]
    public class ArticleAccessBenchmarks
    {
        [GlobalSetup]
        public void CheckBothPathsAgree()
        {
            if (ReadAndParseSeedAtRunTime() != GeneratedArticle())
            {
                throw new InvalidOperationException("The generated article and the parsed seed disagree on paragraph 0.");
            }
        }

        /// <summary>File.ReadAllText + SeedParser.Parse, then paragraph 0.</summary>
        [Benchmark(Baseline = true)]
        public string ReadAndParseSeedAtRunTime() =>
            SeedParser.Parse(RealSeed.Path, File.ReadAllText(RealSeed.Path)).Article!.Paragraphs[0].Text;

        /// <summary>Articles.Get(id), then paragraph 0: a hash lookup in the data and the article decoded on first use.</summary>
        [Benchmark]
        public string GeneratedArticle() => Articles.Get(RealSeed.Id).Paragraphs[0].Text;
    }
}

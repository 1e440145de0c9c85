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
            if (ReadAndParseAtRunTime() != CompiledArticle())
            {
                throw new InvalidOperationException("The generated article and the parsed seed disagree on paragraph 0.");
            }
        }

        [Benchmark(Baseline = true, Description = "File.ReadAllText + SeedParser.Parse")]
        public string ReadAndParseAtRunTime() =>
            SeedParser.Parse(RealSeed.Path, File.ReadAllText(RealSeed.Path)).Article!.Paragraphs[0].Text;

        [Benchmark(Description = "Articles.Get(id) (generated)")]
        public string CompiledArticle() => Articles.Get(RealSeed.Id).Paragraphs[0].Text;
    }
}

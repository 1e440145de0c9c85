using Xunit;

namespace Dataset.Tests
{
    /// <summary>
    /// This test project references the generator exactly as a consumer does, so <c>CompiledArticles</c> was built by
    /// the real compiler from <c>CompiledSeeds/</c>. If the generator or YamlDotNet failed to load, the build would
    /// have failed with CS8785 or these members would not exist.
    /// </summary>
    public sealed class CompiledDatasetTests
    {
        [Fact]
        public void Front_matter_is_read_inside_the_compiler_with_yamldotnet()
        {
            Article article = CompiledArticles.Front_matter_sample;
            Assert.Equal("Front matter reaches the compiled dataset", article.Title);
            Assert.Equal("WASHINGTON (AP)", article.Dateline);
            Assert.Equal(5, article.Paragraphs[0].Line);
            Assert.Equal("CompiledSeeds/front-matter-sample.txt", article.SourceFile);
        }

        [Fact]
        public void The_real_seed_is_in_the_compiled_dataset()
        {
            Article article = CompiledArticles.Get("000_93d74374661e688a");
            Assert.Same(CompiledArticles._000_93d74374661e688a, article);
            Assert.Equal(24, article.Paragraphs.Count);
            Assert.Equal("../seeds/000_93d74374661e688a.txt", article.SourceFile);
        }
    }
}

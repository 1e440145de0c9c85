using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Dataset.Benchmarks.Corpus;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Xunit;
using Xunit.Abstractions;

namespace Dataset.Tests.EndToEnd
{
    /// <summary>
    /// A dataset past the limit that stopped the literal-emitting design (CS8103 at 1,382 distinct articles: the
    /// 16 MB user-string heap), built by the real compiler on both language routes and read back in full.
    /// </summary>
    [Collection(EndToEndCollection.Name)]
    [Trait("Category", "EndToEnd")]
    public sealed class LargeDatasetTests(PackedPackage package, ITestOutputHelper log)
    {
        // 1,600 distinct ~6 KB articles: 9.7 MB of text, 19 MB as UTF-16 literals.
        private const int ArticleCount = 1600;
        private const ulong CorpusSeed = 7;

        private static readonly Lazy<(string Name, string Text)[]> Seeds = new(() =>
        {
            string[] pool = Vocabulary.SpeakerPool(CorpusSeed, 4000);
            return Enumerable.Range(0, ArticleCount)
                .Select(i => ($"{i:00000}.txt", SyntheticArticle.Write(CorpusSeed, i, pool).Text))
                .ToArray();
        });

        // What both programs print: per article a digest of every paragraph, quote and speaker, read through the API.
        private const string DigestProgram = """
            using System;
            using System.Linq;
            using System.Security.Cryptography;
            using System.Text;

            namespace Reader
            {
                internal static class Program
                {
                    private static void Main()
                    {
                        Console.WriteLine("count: " + Big.Articles.Count + " " + Big.Articles.All.Count + " " + Big.Articles.Ids.Count);
                        Console.WriteLine("speakers: " + Big.Articles.SpeakerNames.Count);
                        foreach (Dataset.Article article in Big.Articles.All)
                        {
                            var text = new StringBuilder();
                            foreach (Dataset.Paragraph p in article.Paragraphs) { text.Append(p.Text).Append('\n'); }
                            foreach (Dataset.Quote q in article.Quotes) { text.Append(q.Text).Append('|').Append(q.SpeakerName).Append('\n'); }
                            using (SHA256 sha = SHA256.Create())
                            {
                                byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text.ToString()));
                                Console.WriteLine(article.Id + " " + BitConverter.ToString(hash, 0, 8) + " " + object.ReferenceEquals(Big.Articles.Get(article.Id), article));
                            }
                        }
                    }
                }
            }
            """;

        [Fact]
        public void A_dataset_past_the_old_string_heap_limit_builds_and_reads_back_in_full_for_csharp_latest()
        {
            package.AssertPacked();
            ConsumerProject app = WriteSeeds(package.CreateConsumer("BigLatest"))
                .Write("BigLatest.csproj", """
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <OutputType>Exe</OutputType>
                        <TargetFramework>net10.0</TargetFramework>
                        <RootNamespace>Big</RootNamespace>
                        <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                      </PropertyGroup>
                      <ItemGroup>
                        <PackageReference Include="Dataset" Version="[$(DatasetPackageVersion)]" />
                      </ItemGroup>
                    </Project>
                    """)
                .Write("Program.cs", DigestProgram);

            Assert.Equal(Expected(), Lines(app.BuildAndRun()));
        }

        [Fact]
        public void A_dataset_past_the_old_string_heap_limit_builds_and_reads_back_in_full_for_a_csharp_7_3_library()
        {
            package.AssertPacked();
            WriteSeeds(package.CreateConsumer("BigLibrary"))
                .Write("BigLibrary.csproj", """
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <TargetFramework>netstandard2.0</TargetFramework>
                        <LangVersion>7.3</LangVersion>
                        <RootNamespace>Big</RootNamespace>
                        <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                      </PropertyGroup>
                      <ItemGroup>
                        <PackageReference Include="Dataset" Version="[$(DatasetPackageVersion)]" />
                      </ItemGroup>
                    </Project>
                    """);
            ConsumerProject app = package.CreateConsumer("BigOldReader")
                .Write("BigOldReader.csproj", """
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <OutputType>Exe</OutputType>
                        <TargetFramework>net10.0</TargetFramework>
                        <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                      </PropertyGroup>
                      <ItemGroup>
                        <ProjectReference Include="../BigLibrary/BigLibrary.csproj" />
                      </ItemGroup>
                    </Project>
                    """)
                .Write("Program.cs", DigestProgram);

            Assert.Equal(Expected(), Lines(app.BuildAndRun()));
        }

        private static ConsumerProject WriteSeeds(ConsumerProject project)
        {
            foreach ((string name, string text) in Seeds.Value)
            {
                project.Write("seeds/" + name, text);
            }

            return project;
        }

        // The same digest from the parser itself: what the generator must have stored, article by article.
        private static string[] Expected()
        {
            ArticleSpec[] articles = Seeds.Value.Select(s => SeedParser.Parse(s.Name, s.Text).Article!).ToArray();
            var lines = new List<string>
            {
                $"count: {ArticleCount} {ArticleCount} {ArticleCount}",
                "speakers: " + articles.SelectMany(a => a.Speakers).Select(s => s.Name).Distinct().Count(),
            };
            foreach (ArticleSpec article in articles.OrderBy(a => a.Id, StringComparer.Ordinal))
            {
                var text = new StringBuilder();
                foreach (ParagraphSpec p in article.Paragraphs)
                {
                    text.Append(p.Text).Append('\n');
                }

                foreach (QuoteSpec q in article.Quotes)
                {
                    text.Append(q.Text).Append('|').Append(q.SpeakerName).Append('\n');
                }

                byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
                lines.Add(article.Id + " " + BitConverter.ToString(hash, 0, 8) + " True");
            }

            return lines.ToArray();
        }

        private string[] Lines(CommandResult run)
        {
            log.WriteLine($"{run.CommandLine}: exit {run.ExitCode} in {run.Elapsed.TotalSeconds:F1} s");
            return run.Output.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).ToArray();
        }
    }
}

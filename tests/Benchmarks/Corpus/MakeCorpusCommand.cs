using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;

namespace Dataset.Benchmarks.Corpus
{
    /// <summary>
    /// <c>make-corpus DIR [--count N] [--seed S] [--speaker-pool P] [--many-speakers K] [--verify M]</c>: writes N
    /// synthetic seeds to DIR (created; existing <c>*.txt</c> there are deleted), prints what it wrote as a markdown
    /// table, and checks the articles really differ and really quote many people.
    /// </summary>
    /// <remarks>
    /// Seed files are named <c>NNNNN_hhhhhhhhhhhhhhhh.txt</c> (index and a content hash, like the real seed), so ordinal
    /// id order is corpus order. <c>--many-speakers K</c> adds one more seed, <c>many_speakers.txt</c>, quoting K
    /// different people. <c>--verify M</c> runs the project's own <c>SeedParser</c> on the first M seeds (default 200)
    /// and reports what it found, so a corpus that stopped producing quotes or speakers shows up here, not as a
    /// suspiciously fast benchmark.
    /// </remarks>
    internal static class MakeCorpusCommand
    {
        public const string Name = "make-corpus";

        public static int Run(string[] args)
        {
            if (args.Length < 2 || args[1].StartsWith("-", StringComparison.Ordinal))
            {
                Console.Error.WriteLine("usage: make-corpus DIR [--count N] [--seed S] [--speaker-pool P] [--many-speakers K] [--verify M]");
                return 2;
            }

            string directory = args[1];
            int count = 1000, speakerPool = 20000, manySpeakers = 0, verify = 200;
            ulong seed = 1;
            for (int i = 2; i < args.Length; i += 2)
            {
                string value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException(args[i] + " needs a value");
                switch (args[i])
                {
                    case "--count": count = int.Parse(value, CultureInfo.InvariantCulture); break;
                    case "--seed": seed = ulong.Parse(value, CultureInfo.InvariantCulture); break;
                    case "--speaker-pool": speakerPool = int.Parse(value, CultureInfo.InvariantCulture); break;
                    case "--many-speakers": manySpeakers = int.Parse(value, CultureInfo.InvariantCulture); break;
                    case "--verify": verify = int.Parse(value, CultureInfo.InvariantCulture); break;
                    default: throw new ArgumentException("unknown option " + args[i]);
                }
            }

            Directory.CreateDirectory(directory);
            foreach (string old in Directory.EnumerateFiles(directory, "*.txt"))
            {
                File.Delete(old);
            }

            string[] pool = Vocabulary.SpeakerPool(seed, Math.Max(speakerPool, manySpeakers));
            var stats = new CorpusStats();
            var written = new List<string>(count + 1);
            for (int i = 0; i < count; i++)
            {
                // Chance repeats of a short quote are drawn again, so no text is shared between articles; earlier
                // articles alone decide, so a smaller corpus stays a prefix of a larger one.
                SyntheticArticle article = SyntheticArticle.Write(seed, i, pool);
                for (int attempt = 1; stats.Repeats(article); attempt++)
                {
                    article = SyntheticArticle.Write(seed, i, pool, attempt);
                    stats.Redrawn++;
                }

                byte[] bytes = Encoding.UTF8.GetBytes(article.Text);
                string path = Path.Combine(directory, i.ToString("D5", CultureInfo.InvariantCulture) + "_" + ShortHash(bytes) + ".txt");
                File.WriteAllBytes(path, bytes);
                written.Add(path);
                stats.Add(article, bytes.Length);
            }

            long manyBytes = 0;
            if (manySpeakers > 0)
            {
                SyntheticArticle many = SyntheticArticle.WriteManySpeakers(seed, pool, manySpeakers);
                byte[] bytes = Encoding.UTF8.GetBytes(many.Text);
                string path = Path.Combine(directory, "many_speakers.txt");
                File.WriteAllBytes(path, bytes);
                written.Add(path);
                manyBytes = bytes.Length;
            }

            stats.Print(directory, count, seed, pool.Length, manySpeakers, manyBytes);
            return Verify(written.Take(Math.Min(verify, count)).ToList(), manySpeakers > 0 ? written[written.Count - 1] : null);
        }

        private static string ShortHash(byte[] bytes)
        {
            byte[] hash = SHA256.HashData(bytes);
            return Convert.ToHexString(hash, 0, 8).ToLowerInvariant();
        }

        // Parses seeds with the generator's own parser: diagnostics, and how many quotes and speakers it finds.
        private static int Verify(IReadOnlyList<string> articles, string? manySpeakers)
        {
            Console.WriteLine();
            Console.WriteLine("SeedParser on the first " + articles.Count + " articles" + (manySpeakers is null ? string.Empty : " and on many_speakers.txt") + ":");
            Console.WriteLine();
            Console.WriteLine("| parsed | warnings + errors | info diagnostics | paragraphs / seed | quotes / seed | quotes with a speaker | speakers / seed | distinct speaker names |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            int problems = VerifyRow(articles.Count + " articles", articles);
            if (manySpeakers is not null)
            {
                problems += VerifyRow("many_speakers.txt", new[] { manySpeakers });
            }

            if (problems > 0)
            {
                Console.Error.WriteLine("make-corpus: the parser reported warnings or errors on synthetic seeds");
                return 1;
            }

            return 0;
        }

        private static int VerifyRow(string label, IReadOnlyList<string> paths)
        {
            int paragraphs = 0, quotes = 0, attributed = 0, speakersPerSeed = 0, problems = 0, infos = 0;
            var speakers = new HashSet<string>(StringComparer.Ordinal);
            foreach (string path in paths)
            {
                SeedParseResult result = SeedParser.Parse(path, File.ReadAllText(path), int.MaxValue);
                foreach (SeedDiagnostic diagnostic in result.Diagnostics)
                {
                    // Info (junk line removed, quote without a speaker) is expected; warnings and errors are not.
                    if (DiagnosticCatalog.Get(diagnostic.Id).DefaultSeverity == DiagnosticSeverity.Info)
                    {
                        infos++;
                    }
                    else
                    {
                        problems++;
                        Console.Error.WriteLine(Path.GetFileName(path) + ": " + diagnostic.Id + " at line " + (diagnostic.Span.StartLine + 1));
                    }
                }

                if (result.Article is ArticleSpec article)
                {
                    paragraphs += article.Paragraphs.Count;
                    quotes += article.Quotes.Count;
                    attributed += article.Quotes.Count(q => q.SpeakerName is not null);
                    speakersPerSeed += article.Speakers.Count;
                    foreach (SpeakerSpec speaker in article.Speakers)
                    {
                        speakers.Add(speaker.Name);
                    }
                }
            }

            double n = Math.Max(paths.Count, 1);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {label} | {problems} | {infos} | {paragraphs / n:F1} | {quotes / n:F1} | {attributed / (double)Math.Max(quotes, 1):P0} | {speakersPerSeed / n:F1} | {speakers.Count:N0} |"));
            return problems;
        }

        /// <summary>Sizes, and whether paragraphs and quotes really differ between articles (64-bit hashes of each).</summary>
        private sealed class CorpusStats
        {
            private readonly HashSet<ulong> _paragraphs = new();
            private readonly HashSet<ulong> _quotes = new();
            private readonly HashSet<string> _speakers = new(StringComparer.Ordinal);
            private long _bytes;
            private int _paragraphCount;
            private int _quoteCount;
            private int _articles;

            public int Redrawn { get; set; }

            /// <summary>Whether a paragraph or quote of <paramref name="article"/> is already in the corpus (or twice in it).</summary>
            public bool Repeats(SyntheticArticle article)
            {
                var paragraphs = new HashSet<ulong>();
                var quotes = new HashSet<ulong>();
                return article.Paragraphs.Any(p => _paragraphs.Contains(Fnv1a(p)) || !paragraphs.Add(Fnv1a(p)))
                    || article.Quotes.Any(q => _quotes.Contains(Fnv1a(q)) || !quotes.Add(Fnv1a(q)));
            }

            public void Add(SyntheticArticle article, int bytes)
            {
                _articles++;
                _bytes += bytes;
                foreach (string paragraph in article.Paragraphs)
                {
                    _paragraphCount++;
                    _paragraphs.Add(Fnv1a(paragraph));
                }

                foreach (string quote in article.Quotes)
                {
                    _quoteCount++;
                    _quotes.Add(Fnv1a(quote));
                }

                _speakers.UnionWith(article.Speakers);
            }

            public void Print(string directory, int count, ulong seed, int pool, int manySpeakers, long manyBytes)
            {
                double n = Math.Max(_articles, 1);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"make-corpus: {count} articles in {directory} (seed {seed}, speaker pool {pool}{(manySpeakers > 0 ? $", plus many_speakers.txt: {manySpeakers} speakers, {manyBytes:N0} bytes" : string.Empty)}; {Redrawn} articles redrawn to avoid a repeated quote)"));
                Console.WriteLine();
                Console.WriteLine("| articles | seed bytes | bytes / article | paragraphs / article | quotes / article | distinct paragraphs | distinct quotes | distinct speakers |");
                Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {_articles:N0} | {_bytes:N0} | {_bytes / n:F0} | {_paragraphCount / n:F1} | {_quoteCount / n:F1} | {_paragraphs.Count:N0} of {_paragraphCount:N0} | {_quotes.Count:N0} of {_quoteCount:N0} | {_speakers.Count:N0} |"));
            }

            private static ulong Fnv1a(string text)
            {
                ulong hash = 14695981039346656037UL;
                foreach (char c in text)
                {
                    hash = (hash ^ c) * 1099511628211UL;
                }

                return hash;
            }
        }
    }
}

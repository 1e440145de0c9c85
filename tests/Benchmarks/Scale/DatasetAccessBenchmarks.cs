using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace Dataset.Benchmarks
{
    /// <summary>
    /// Steady state of the generated API, every article already built: what a lookup and repeated reads cost once
    /// the process is warm. Compiled twice: here against the repository's one real seed (so CI keeps it building),
    /// and by steady-scale.sh against a generated consumer of N synthetic articles, where
    /// <see cref="DatasetUnderTest"/> names that dataset's middle article.
    /// </summary>
    [MemoryDiagnoser]
    public class DatasetAccessBenchmarks
    {
        private string _id = string.Empty;
        private string _speaker = string.Empty;
        private string[] _ids = Array.Empty<string>();
        private int _next;

        [GlobalSetup]
        public void BuildEveryArticle()
        {
            _id = DatasetUnderTest.Id;
            _ids = Articles.Ids.ToArray();
            _speaker = Articles.Get(_id).Quotes.Select(q => q.SpeakerName).FirstOrDefault(name => name is not null)
                ?? throw new InvalidOperationException("The article under test quotes nobody.");

            // Steady state: the first use of each article (decoding or constructing it) is not measured here.
            foreach (Article article in Articles.All)
            {
                GC.KeepAlive(article);
            }
        }

        /// <summary><c>Articles.Get(id)</c> of one id, again and again (the target: ≤ 30 ns at 10,000 articles).</summary>
        [Benchmark(Baseline = true)]
        public Article Get() => Articles.Get(_id);

        /// <summary><c>Articles.Get(id)</c> walking through every id, so neither caches nor branch prediction see one key.</summary>
        [Benchmark]
        public Article GetEveryId()
        {
            string id = _ids[_next];
            _next = (_next + 7919) % _ids.Length;
            return Articles.Get(id);
        }

        /// <summary><c>Articles.TryGet</c> of an id that is not there.</summary>
        [Benchmark]
        public bool TryGetUnknown() => Articles.TryGet("no-such-article", out _);

        /// <summary>The article's own property (<c>Articles._00500_…</c>): should allocate nothing once built.</summary>
        [Benchmark]
        public Article Property() => DatasetUnderTest.Property;

        /// <summary>Every paragraph and quote text and speaker name of one article, by index (no enumerator allocated).</summary>
        [Benchmark]
        public int ReadArticle()
        {
            Article article = DatasetUnderTest.Property;
            int n = 0;
            IReadOnlyList<Paragraph> paragraphs = article.Paragraphs;
            for (int i = 0; i < paragraphs.Count; i++)
            {
                n += paragraphs[i].Text.Length;
            }

            IReadOnlyList<Quote> quotes = article.Quotes;
            for (int i = 0; i < quotes.Count; i++)
            {
                n += quotes[i].Text.Length + (quotes[i].SpeakerName?.Length ?? 0);
            }

            IReadOnlyList<Speaker> speakers = article.Speakers;
            for (int i = 0; i < speakers.Count; i++)
            {
                n += speakers[i].Name.Length;
            }

            return n;
        }

        /// <summary><c>Articles.QuotesBy(name)</c> of someone the article under test quotes.</summary>
        [Benchmark]
        public int QuotesBy() => Articles.QuotesBy(_speaker).Count;

        /// <summary><c>Articles.All</c> and <c>Articles.Ids</c> read again: cached lists, nothing rebuilt.</summary>
        [Benchmark]
        public int AllAndIds() => Articles.All.Count + Articles.Ids.Count;
    }
}

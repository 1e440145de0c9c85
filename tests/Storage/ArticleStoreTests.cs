using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Dataset.Generator.Emitting.Data;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Dataset.Storage;
using Xunit;

namespace Dataset.Tests.Storage
{
    /// <summary>The runtime's reader over data written by the generator's writer, without a compiler in between.</summary>
    public sealed class ArticleStoreTests
    {
        [Fact]
        public void Every_id_among_thousands_is_found_through_the_hash_table_and_unknown_ids_are_not()
        {
            ArticleSpec[] articles = Enumerable.Range(0, 3000).Select(i => Parse($"id-{i:x}", "Text " + i + ".")).OrderBy(a => a.Id, StringComparer.Ordinal).ToArray();
            TestStore store = TestStore.Of(articles, perChunk: 128);

            Assert.Equal(articles.Select(a => a.Id), store.Ids);
            foreach (ArticleSpec article in articles)
            {
                Assert.True(store.TryGet(article.Id, out Article? found));
                Assert.Equal(article.Paragraphs[0].Text, found!.Paragraphs[0].Text);
            }

            Assert.False(store.TryGet("id-", out Article? none));
            Assert.Null(none);
            Assert.False(store.TryGet("ID-1", out _));
            Assert.Throws<KeyNotFoundException>(() => store.Get("missing"));
            Assert.Throws<ArgumentNullException>(() => store.TryGet(null!, out _));
        }

        [Fact]
        public void Ids_count_and_all_decode_no_article_until_one_is_read()
        {
            TestStore store = TestStore.Of(new[] { Parse("a", "A."), Parse("b", "B.") }, perChunk: 1);

            Assert.Equal(2, store.Count);
            Assert.Equal(2, store.All.Count);
            Assert.Equal(new[] { "a", "b" }, store.Ids);
            Assert.Equal(0, store.ChunksRead);

            Assert.Equal("B.", store.All[1].Paragraphs[0].Text);
            Assert.Equal(1, store.ChunksRead);
            Assert.Same(store.All[1], store[1]);
            Assert.Equal(1, store.ChunksRead);
            Assert.Throws<ArgumentOutOfRangeException>(() => store[2]);
        }

        [Fact]
        public void Threads_that_first_read_one_article_at_once_all_get_the_same_instance()
        {
            TestStore store = TestStore.Of(new[] { Parse("only", "Text.") }, perChunk: 1);
            Article[] seen = new Article[16];
            Parallel.For(0, seen.Length, i => seen[i] = store.Get("only"));
            Assert.All(seen, article => Assert.Same(seen[0], article));
        }

        [Fact]
        public void Quotes_by_speaker_share_the_articles_quote_instances_and_unknown_names_give_an_empty_list()
        {
            TestStore store = TestStore.Of(new[] { Parse("one", "“We are ready,” Ann Lee said."), Parse("two", "“Still ready,” Ann Lee said.") }, perChunk: 1);

            Assert.Equal(new[] { "Ann Lee" }, store.SpeakerNames);
            IReadOnlyList<Quote> quotes = store.QuotesBy("Ann Lee");
            Assert.Equal(new[] { "We are ready,", "Still ready," }, quotes.Select(q => q.Text));
            Assert.Same(store.Get("two").Quotes[0], quotes[1]);
            Assert.Same(quotes, store.QuotesBy("Ann Lee"));
            Assert.Empty(store.QuotesBy("ann lee"));
            Assert.Throws<ArgumentNullException>(() => store.QuotesBy(null!));
        }

        [Fact]
        public void Data_in_another_format_version_is_refused_with_a_message_that_says_what_to_do()
        {
            TestStore store = TestStore.Of(new[] { Parse("a", "A.") }, perChunk: 1);
            byte[] index = store.IndexBytes.ToArray();
            byte[] version = Encoding.ASCII.GetBytes("DSET " + DataFormat.Version + " ");
            Assert.True(index.AsSpan().StartsWith(version));
            index[5] = (byte)'9';

            var failure = Assert.Throws<InvalidOperationException>(() => new TestStore(index, store.ChunkBytes).Count);
            Assert.Contains("format 9", failure.Message, StringComparison.Ordinal);
            Assert.Contains("same version of the Dataset package", failure.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Damaged_data_is_reported_as_such_not_read_as_other_text()
        {
            TestStore store = TestStore.Of(new[] { Parse("a", "Alpha.") }, perChunk: 1);
            byte[] chunk = store.ChunkBytes[0].ToArray();
            int length = Array.IndexOf(chunk, (byte)'1', Encoding.ASCII.GetString(chunk).IndexOf(" 1:a ", StringComparison.Ordinal) + 1);
            chunk[length] = (byte)'x';

            var failure = Assert.Throws<InvalidOperationException>(() => new TestStore(store.IndexBytes, new[] { chunk })[0]);
            Assert.Contains("damaged", failure.Message, StringComparison.Ordinal);
        }

        private static ArticleSpec Parse(string id, string text) => SeedParser.Parse("seeds/" + id + ".txt", text).Article!;

        /// <summary>A store over data written by the generator's own writer, counting the chunks it is asked for.</summary>
        private sealed class TestStore(byte[] index, byte[][] chunks) : ArticleStore
        {
            public int ChunksRead { get; private set; }

            public byte[] IndexBytes => index;

            public byte[][] ChunkBytes => chunks;

            protected override ReadOnlySpan<byte> Index => index;

            public static TestStore Of(IReadOnlyList<ArticleSpec> articles, int perChunk)
            {
                var speakers = new SortedDictionary<string, List<(int Article, int Quote)>>(StringComparer.Ordinal);
                for (int a = 0; a < articles.Count; a++)
                {
                    foreach (SpeakerSpec speaker in articles[a].Speakers)
                    {
                        if (!speakers.TryGetValue(speaker.Name, out var list))
                        {
                            speakers.Add(speaker.Name, list = new List<(int, int)>());
                        }

                        list.AddRange(speaker.Quotes.Select(q => (a, q)));
                    }
                }

                byte[] index = IndexData.Build(articles.Select(a => a.Id).ToArray(), perChunk, speakers.ToList());
                byte[][] chunks = articles.Chunk(perChunk).Select(part => ChunkData.Build(part, out _)).ToArray();
                return new TestStore(index, chunks);
            }

            protected override ReadOnlySpan<byte> Chunk(int number)
            {
                ChunksRead++;
                return chunks[number];
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Threading;

namespace Dataset.Storage
{
    /// <summary>
    /// The reader behind a generated dataset class: the generator emits the articles as static data (see
    /// <see cref="DataFormat"/>) and a subclass that hands it over; this class decodes an article the first time it is
    /// read and keeps it. It is fixed code, compiled once, whatever the size of the dataset. Generated code uses it;
    /// applications use the generated class.
    /// </summary>
    /// <remarks>Thread-safe: two threads that first read one article at once may both decode it, but both get the same instance.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public abstract class ArticleStore
    {
        private static readonly IReadOnlyList<Quote> NoQuotes = new ReadOnlyCollection<Quote>(Array.Empty<Quote>());

        private IndexLayout? _layout;
        private Article?[]? _articles;
        private IReadOnlyList<Quote>?[]? _quotesBy;
        private IReadOnlyList<string>? _ids;
        private IReadOnlyList<Article>? _all;
        private IReadOnlyList<string>? _speakerNames;

        /// <summary>The number of articles.</summary>
        public int Count => Layout.Count;

        /// <summary>Every article id, in ordinal order; reading one decodes only that id.</summary>
        public IReadOnlyList<string> Ids => _ids ??= new StoredList<string>(Count, number => Layout.Ids.Get(Index, number));

        /// <summary>Every article in ordinal id order; each is decoded when it is first read.</summary>
        public IReadOnlyList<Article> All => _all ??= new StoredList<Article>(Count, number => this[number]);

        /// <summary>Every speaker name in the dataset, in ordinal order.</summary>
        public IReadOnlyList<string> SpeakerNames => _speakerNames ??= new StoredList<string>(Layout.SpeakerCount, number => Layout.Speakers.Get(Index, number));

        /// <summary>The article at <paramref name="number"/> in ordinal id order, decoded on first use.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is not an article's position.</exception>
        public Article this[int number]
        {
            get
            {
                Article?[] articles = Articles;
                if ((uint)number >= (uint)articles.Length)
                {
                    throw new ArgumentOutOfRangeException(nameof(number));
                }

                return Volatile.Read(ref articles[number]) ?? Decode(number);
            }
        }

        /// <summary>The index: ids, speaker names and the hash tables that find them.</summary>
        protected abstract ReadOnlySpan<byte> Index { get; }

        private IndexLayout Layout => _layout ??= IndexLayout.Read(Index);

        private Article?[] Articles => _articles ??= new Article?[Count];

        /// <summary>The article with the given id.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
        /// <exception cref="KeyNotFoundException">No article has that id.</exception>
        public Article Get(string id) =>
            TryGet(id, out Article? article) ? article : throw new KeyNotFoundException("The dataset has no article with id '" + id + "'.");

        /// <summary>Finds an article by id (ordinal) through the hash table in the data, decoding only that article.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
        public bool TryGet(string id, [NotNullWhen(true)] out Article? article)
        {
            if (id is null)
            {
                throw new ArgumentNullException(nameof(id));
            }

            int number = Layout.Ids.Find(Index, id);
            article = number < 0 ? null : this[number];
            return article is not null;
        }

        /// <summary>Every quote of a speaker across the dataset, in article and reading order; empty for an unknown name.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="speakerName"/> is <see langword="null"/>.</exception>
        public IReadOnlyList<Quote> QuotesBy(string speakerName)
        {
            if (speakerName is null)
            {
                throw new ArgumentNullException(nameof(speakerName));
            }

            int speaker = Layout.Speakers.Find(Index, speakerName);
            if (speaker < 0)
            {
                return NoQuotes;
            }

            IReadOnlyList<Quote>?[] lists = _quotesBy ??= new IReadOnlyList<Quote>?[Layout.SpeakerCount];
            return Volatile.Read(ref lists[speaker]) ?? (Interlocked.CompareExchange(ref lists[speaker], ReadQuotes(speaker), null) ?? lists[speaker]!);
        }

        /// <summary>The data of chunk <paramref name="number"/>: the records of articles <c>number × n</c> to <c>(number + 1) × n − 1</c>.</summary>
        protected abstract ReadOnlySpan<byte> Chunk(int number);

        /// <summary>
        /// Data that C# 7.3–10 code stores as a string literal, two bytes to a character (those versions have no
        /// <c>u8</c> literals, and an array initialiser costs the compiler far more): its characters' bytes, read in place.
        /// </summary>
        protected static ReadOnlySpan<byte> Unpack(string packed)
        {
            if (!BitConverter.IsLittleEndian)
            {
                throw new PlatformNotSupportedException("Datasets generated for C# 7.3–10 are packed for little-endian machines; use C# 11 or later.");
            }

            return MemoryMarshal.AsBytes(packed.AsSpan());
        }

        private Article Decode(int number)
        {
            int perChunk = Layout.ArticlesPerChunk;
            ReadOnlySpan<byte> chunk = Chunk(number / perChunk);
            var header = new DataCursor(chunk);
            header.ReadInt();
            int width = header.ReadInt();
            header.SkipLineEnd();
            int position = DataCursor.ReadFixed(chunk, header.Position + (number % perChunk * (width + 1)), width);
            Article article = ArticleDecoder.Decode(chunk, position);
            return Interlocked.CompareExchange(ref Articles[number], article, null) ?? Articles[number]!;
        }

        private IReadOnlyList<Quote> ReadQuotes(int speaker)
        {
            ReadOnlySpan<byte> index = Index;
            var cursor = new DataCursor(index, Layout.QuoteListOffset(index, speaker));
            var quotes = new Quote[cursor.ReadInt()];
            for (int i = 0; i < quotes.Length; i++)
            {
                int article = cursor.ReadInt();
                quotes[i] = this[article].Quotes[cursor.ReadInt()];
            }

            return new ReadOnlyCollection<Quote>(quotes);
        }
    }
}

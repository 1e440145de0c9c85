using System;

namespace Dataset.Storage
{
    /// <summary>Where the tables of an index are: read once from its header line (see <see cref="DataFormat"/>).</summary>
    internal sealed class IndexLayout
    {
        private IndexLayout(ReadOnlySpan<byte> index)
        {
            var cursor = new DataCursor(index);
            string magic = cursor.ReadWord();
            int version = cursor.ReadInt();
            if (magic != DataFormat.Magic)
            {
                throw DataCursor.Corrupt();
            }

            if (version != DataFormat.Version)
            {
                throw new InvalidOperationException(
                    "The dataset was generated in data format " + version + ", but this Dataset.Runtime reads format " + DataFormat.Version
                    + ": reference the same version of the Dataset package in every project that holds or uses the articles.");
            }

            Count = cursor.ReadInt();
            ArticlesPerChunk = cursor.ReadInt();
            SpeakerCount = cursor.ReadInt();
            int idCapacity = cursor.ReadInt();
            int speakerCapacity = cursor.ReadInt();
            Width = cursor.ReadInt();
            cursor.SkipLineEnd();

            // The five tables follow the header in this order; each entry is Width digits and a space, each table ends with a line feed.
            int idOffsets = cursor.Position;
            int idSlots = idOffsets + TableLength(Count + 1);
            int speakerOffsets = idSlots + TableLength(idCapacity);
            int speakerSlots = speakerOffsets + TableLength(SpeakerCount + 1);
            QuoteLists = speakerSlots + TableLength(speakerCapacity);
            Ids = new StringTable(Count, idOffsets, idSlots, idCapacity, Width);
            Speakers = new StringTable(SpeakerCount, speakerOffsets, speakerSlots, speakerCapacity, Width);
        }

        public int Count { get; }

        public int ArticlesPerChunk { get; }

        public int SpeakerCount { get; }

        /// <summary>Digits of every fixed-width number.</summary>
        public int Width { get; }

        public StringTable Ids { get; }

        public StringTable Speakers { get; }

        /// <summary>Where the table of quote-list offsets (one per speaker, plus the end) starts.</summary>
        public int QuoteLists { get; }

        public static IndexLayout Read(ReadOnlySpan<byte> index) => new(index);

        private int TableLength(int entries) => (entries * (Width + 1)) + 1;

        public int QuoteListOffset(ReadOnlySpan<byte> index, int speaker) => DataCursor.ReadFixed(index, QuoteLists + (speaker * (Width + 1)), Width);
    }
}

using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Dataset.Storage
{
    /// <summary>Builds one <see cref="Article"/> from its record, reading the fields in the order the generator writes them.</summary>
    internal static class ArticleDecoder
    {
        public static Article Decode(ReadOnlySpan<byte> chunk, int position)
        {
            var strings = new List<string>(32);
            var cursor = new DataCursor(chunk, position);
            string id = Text(ref cursor, strings);
            string sourceFile = Text(ref cursor, strings);
            string? title = cursor.ReadString(strings);
            string? url = cursor.ReadString(strings);
            DateTimeOffset? published = null;
            if (cursor.ReadInt() == 1)
            {
                long ticks = cursor.ReadLong();
                published = new DateTimeOffset(ticks, TimeSpan.FromMinutes(cursor.ReadInt()));
            }

            IReadOnlyList<string> authors = Strings(ref cursor, strings);
            IReadOnlyList<string> tags = Strings(ref cursor, strings);
            string? language = cursor.ReadString(strings);
            string? dateline = cursor.ReadString(strings);
            string? photoCredit = cursor.ReadString(strings);
            int wordCount = cursor.ReadInt();
            string contentHash = Text(ref cursor, strings);

            var paragraphs = new Paragraph[cursor.ReadInt()];
            for (int i = 0; i < paragraphs.Length; i++)
            {
                string text = Text(ref cursor, strings);
                int line = cursor.ReadInt();
                paragraphs[i] = new Paragraph(i, text, line, cursor.ReadInt());
            }

            var removedLines = new RemovedLine[cursor.ReadInt()];
            for (int i = 0; i < removedLines.Length; i++)
            {
                int line = cursor.ReadInt();
                removedLines[i] = new RemovedLine(line, Text(ref cursor, strings));
            }

            // A quote's text is its paragraph's text at Start/Length, so it is stored once, in the paragraph.
            var quotes = new Quote[cursor.ReadInt()];
            for (int i = 0; i < quotes.Length; i++)
            {
                int paragraph = cursor.ReadInt();
                int start = cursor.ReadInt();
                int length = cursor.ReadInt();
                string? speaker = cursor.ReadString(strings);
                string? speakerName = cursor.ReadString(strings);
                string? cue = cursor.ReadString(strings);
                var kind = (QuoteKind)cursor.ReadInt();
                int group = cursor.ReadInt();
                string text = paragraphs[paragraph].Text.Substring(start, length);
                quotes[i] = new Quote(id, i, text, speaker, speakerName, cue, kind, paragraph, start, length, group);
            }

            // Speakers hold the same Quote instances as Article.Quotes.
            var speakers = new Speaker[cursor.ReadInt()];
            for (int i = 0; i < speakers.Length; i++)
            {
                string name = Text(ref cursor, strings);
                IReadOnlyList<string> aliases = Strings(ref cursor, strings);
                var own = new Quote[cursor.ReadInt()];
                for (int q = 0; q < own.Length; q++)
                {
                    own[q] = quotes[cursor.ReadInt()];
                }

                speakers[i] = new Speaker(name, aliases, ReadOnly(own));
            }

            cursor.SkipLineEnd();
            return new Article(
                id,
                sourceFile,
                title,
                url is null ? null : new Uri(url, UriKind.Absolute),
                published,
                authors,
                tags,
                language,
                dateline,
                photoCredit,
                ReadOnly(paragraphs),
                ReadOnly(quotes),
                ReadOnly(speakers),
                wordCount,
                contentHash,
                ReadOnly(removedLines));
        }

        private static string Text(ref DataCursor cursor, List<string> strings) => cursor.ReadString(strings) ?? throw DataCursor.Corrupt();

        private static IReadOnlyList<string> Strings(ref DataCursor cursor, List<string> strings)
        {
            var items = new string[cursor.ReadInt()];
            for (int i = 0; i < items.Length; i++)
            {
                items[i] = Text(ref cursor, strings);
            }

            return ReadOnly(items);
        }

        private static IReadOnlyList<T> ReadOnly<T>(T[] items) => items.Length == 0 ? Empty<T>.List : new ReadOnlyCollection<T>(items);

        private static class Empty<T>
        {
            public static readonly IReadOnlyList<T> List = new ReadOnlyCollection<T>(Array.Empty<T>());
        }
    }
}

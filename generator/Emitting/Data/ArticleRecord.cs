using System.Linq;
using Dataset.Generator.Model;

namespace Dataset.Generator.Emitting.Data
{
    /// <summary>
    /// Writes one article as a record of <c>DataFormat</c>. The field order here is the contract with the runtime's
    /// <c>ArticleDecoder</c>, which reads them back in the same order.
    /// </summary>
    internal static class ArticleRecord
    {
        public static void Write(DataWriter writer, ArticleSpec article)
        {
            writer.BeginRecord();
            FrontMatterSpec metadata = article.Metadata;
            writer.String(article.Id);
            writer.String(article.SourceFile);
            writer.String(metadata.Title);
            writer.String(metadata.Url);
            if (metadata.Published is { } published)
            {
                writer.Int(1);
                writer.Int(published.LocalTicks);
                writer.Int(published.OffsetMinutes);
            }
            else
            {
                writer.Int(0);
            }

            Strings(writer, metadata.Authors);
            Strings(writer, metadata.Tags);
            writer.String(metadata.Language);
            writer.String(article.Dateline);
            writer.String(article.PhotoCredit);
            writer.Int(article.WordCount);
            writer.String(article.ContentHash);

            writer.Int(article.Paragraphs.Count);
            foreach (ParagraphSpec paragraph in article.Paragraphs)
            {
                writer.String(paragraph.Text);
                writer.Int(paragraph.Line);
                writer.Int(paragraph.EndLine);
            }

            writer.Int(article.RemovedLines.Count);
            foreach (RemovedLineSpec line in article.RemovedLines)
            {
                writer.Int(line.Line);
                writer.String(line.Text);
            }

            // No quote text: the reader cuts it from its paragraph (Start/Length), so the text is stored once.
            writer.Int(article.Quotes.Count);
            foreach (QuoteSpec quote in article.Quotes)
            {
                if (string.CompareOrdinal(article.Paragraphs[quote.Paragraph].Text, quote.Start, quote.Text, 0, quote.Length) != 0 || quote.Text.Length != quote.Length)
                {
                    throw new System.InvalidOperationException("Quote " + quote.Index + " is not its paragraph's text at Start/Length.");
                }

                writer.Int(quote.Paragraph);
                writer.Int(quote.Start);
                writer.Int(quote.Length);
                writer.String(quote.Speaker);
                writer.String(quote.SpeakerName);
                writer.String(quote.Cue);
                writer.Int((int)quote.Kind);
                writer.Int(quote.Group);
            }

            writer.Int(article.Speakers.Count);
            foreach (SpeakerSpec speaker in article.Speakers)
            {
                writer.String(speaker.Name);
                Strings(writer, speaker.Aliases);
                writer.Int(speaker.Quotes.Count);
                foreach (int quote in speaker.Quotes)
                {
                    writer.Int(quote);
                }
            }

            writer.LineEnd();
        }

        /// <summary>
        /// About how many bytes <see cref="Write"/> takes for <paramref name="article"/>, from its text alone: enough to
        /// know whether a dataset fits a budget without writing it. On the synthetic corpus it is a few percent above
        /// what is written (checked by a test), so the C# 7.3 budget is neither wasted nor overrun.
        /// </summary>
        public static long EstimateLength(ArticleSpec article)
        {
            // A number and its separator: most are line numbers, offsets and counts of one to four digits.
            const int PerField = 4;
            long length = Utf8Length(article.Id) + Utf8Length(article.SourceFile) + Utf8Length(article.Metadata.Title) + Utf8Length(article.Metadata.Url)
                + Utf8Length(article.Dateline) + Utf8Length(article.PhotoCredit) + Utf8Length(article.ContentHash) + (24 * PerField);
            foreach (ParagraphSpec paragraph in article.Paragraphs)
            {
                length += Utf8Length(paragraph.Text) + (3 * PerField);
            }

            foreach (RemovedLineSpec line in article.RemovedLines)
            {
                length += Utf8Length(line.Text) + (2 * PerField);
            }

            foreach (string item in article.Metadata.Authors.Concat(article.Metadata.Tags))
            {
                length += Utf8Length(item) + PerField;
            }

            foreach (SpeakerSpec speaker in article.Speakers)
            {
                length += Utf8Length(speaker.Name) + ((speaker.Aliases.Count + speaker.Quotes.Count + 2) * PerField);
                foreach (string alias in speaker.Aliases)
                {
                    length += Utf8Length(alias);
                }
            }

            // Five numbers and three strings that are mostly back-references to a name or cue written before.
            return length + (article.Quotes.Count * 8 * PerField);
        }

        // The text, its length (mostly three digits) and its marker.
        private static long Utf8Length(string? text) => text is null ? 1 : System.Text.Encoding.UTF8.GetByteCount(text) + 4;

        private static void Strings(DataWriter writer, EquatableArray<string> items)
        {
            writer.Int(items.Count);
            foreach (string item in items)
            {
                writer.String(item);
            }
        }
    }
}

using System.Collections.Generic;
using System.Globalization;
using Dataset.Generator.Emitting.Data;
using Dataset.Generator.Model;

namespace Dataset.Generator.Emitting
{
    /// <summary>
    /// Writes one part of the dataset: for each of its articles a one-line property and the constant quote table,
    /// and the articles' data as one static literal that the runtime decodes on first use.
    /// </summary>
    internal static class PartEmitter
    {
        private const int SummaryLength = 160;

        public static string Emit(PartSource part)
        {
            DatasetOptions options = part.Options;
            var writer = new SourceWriter();
            Preamble.Write(writer, options);
            writer.Open("namespace " + options.Namespace);
            writer.Open(Preamble.ClassDeclaration(options));
            foreach (ArticleSource source in part.Articles)
            {
                WriteProperty(writer, source);
                writer.Line();
            }

            // A dataset too large to build (DS0018, DS0019) fails with that error alone: its quote tables would cost the
            // compiler about as much as its data, so they are left out with it.
            if (options.QuoteConstants && !part.WithoutData)
            {
                writer.Open("public static partial class Quotes");
                bool first = true;
                foreach (ArticleSource source in part.Articles)
                {
                    if (!first)
                    {
                        writer.Line();
                    }

                    first = false;
                    WriteQuoteTable(writer, source);
                }

                writer.Close();
                writer.Line();
            }

            writer.Open("private sealed partial class " + Preamble.StoreClass);
            if (part.WithoutData)
            {
                writer.Line("/// <summary>No data for " + Range(part) + ": the dataset is too large to build (see the build's error).</summary>");
                writer.Line("private static global::System.ReadOnlySpan<byte> " + Preamble.ChunkProperty(part.Number) + " => default(global::System.ReadOnlySpan<byte>);");
            }
            else
            {
                var articles = new List<ArticleSpec>(part.Articles.Count);
                foreach (ArticleSource source in part.Articles)
                {
                    articles.Add(source.Article);
                }

                byte[] data = ChunkData.Build(articles, out int[] offsets);
                writer.Line("/// <summary>");
                writer.Line("/// The data of " + Range(part) + ": " + CSharp.Literal(data.Length) + " bytes, each article's record at the offset given here:");
                for (int i = 0; i < part.Articles.Count; i++)
                {
                    writer.Line("/// " + CSharp.Literal(offsets[i]) + ": <c>" + CSharp.XmlDoc(part.Articles[i].Article.Id) + "</c><br/>");
                }

                writer.Line("/// </summary>");
                writer.Line("private static global::System.ReadOnlySpan<byte> " + Preamble.ChunkProperty(part.Number) + " => " + DataLiteral.For(data, options.Language) + ";");
            }

            writer.Close();
            writer.Close();
            writer.Close();
            return writer.ToString();
        }

        private static string Range(PartSource part)
        {
            int first = part.Articles[0].Number;
            int last = part.Articles[part.Articles.Count - 1].Number;
            return first == last ? "article " + CSharp.Literal(first) : "articles " + CSharp.Literal(first) + "–" + CSharp.Literal(last);
        }

        private static void WriteProperty(SourceWriter writer, ArticleSource source)
        {
            ArticleSpec article = source.Article;
            writer.Line("/// <summary>" + CSharp.XmlDoc(Summary(article)) + "</summary>");
            writer.Line("/// <remarks>");
            writer.Line("/// Article <c>" + CSharp.XmlDoc(article.Id) + "</c> from <c>" + CSharp.XmlDoc(article.SourceFile) + "</c>: "
                + Describe(article) + ". Decoded on first use.");
            writer.Line("/// </remarks>");
            writer.Line(CSharp.GeneratedCodeAttribute);
            writer.Line("public static global::Dataset.Article " + source.MemberName + " => " + Preamble.StoreClass + ".Instance[" + CSharp.Literal(source.Number) + "];");
        }

        // The constant quote table: compile-time strings usable in attributes, switch cases and other constants.
        // The records never read these (that would put every quote in the user-string heap): they cut the text from the data.
        private static void WriteQuoteTable(SourceWriter writer, ArticleSource source)
        {
            ArticleSpec article = source.Article;
            writer.Line("/// <summary>The quotes of article <c>" + CSharp.XmlDoc(article.Id) + "</c>, in reading order, as constants.</summary>");
            writer.Line(CSharp.GeneratedCodeAttribute);
            writer.Open("public static class " + source.MemberName);
            bool first = true;
            foreach (QuoteSpec quote in article.Quotes)
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                // The IDE shows a constant's value beside its name, so the summary says whose words they are and where.
                writer.Line("/// <summary>" + CSharp.XmlDoc(Attribution(quote)) + "</summary>");
                writer.Line("public const string " + QuoteNames.For(quote, article.Quotes.Count, source.MemberName) + " = " + CSharp.Literal(quote.Text) + ";");
            }

            writer.Close();
        }

        private static string Attribution(QuoteSpec quote)
        {
            string speaker = quote.Speaker is null
                ? "No attributed speaker"
                : quote.SpeakerName is null || quote.SpeakerName == quote.Speaker
                    ? quote.Speaker
                    : quote.SpeakerName + " (as “" + quote.Speaker + "”)";
            return string.Format(
                CultureInfo.InvariantCulture,
                "{0}{1}; paragraph {2}; {3}.",
                speaker,
                quote.Cue is null ? string.Empty : ", " + quote.Cue,
                quote.Paragraph,
                quote.Kind == QuoteKind.Full ? "full sentence" : "partial quote");
        }

        // What IntelliSense shows first: the title if there is one, else the opening words.
        private static string Summary(ArticleSpec article) =>
            article.Metadata.Title ?? (article.Paragraphs.Count == 0 ? "(no text)" : Shorten(article.Paragraphs[0].Text));

        // The opening words are enough to recognise an article by; the property's summary is read in a tooltip.
        private static string Shorten(string text)
        {
            if (text.Length <= SummaryLength)
            {
                return text;
            }

            int cut = text.LastIndexOf(' ', SummaryLength);
            return text.Substring(0, cut > 0 ? cut : SummaryLength) + "…";
        }

        private static string Describe(ArticleSpec article)
        {
            string text = string.Format(
                CultureInfo.InvariantCulture,
                "{0} paragraph{1}, {2} word{3}",
                article.Paragraphs.Count,
                article.Paragraphs.Count == 1 ? string.Empty : "s",
                article.WordCount,
                article.WordCount == 1 ? string.Empty : "s");
            return article.Dateline is null ? text : CSharp.XmlDoc(article.Dateline) + ", " + text;
        }
    }
}

using System.Globalization;
using Dataset.Generator.Model;

namespace Dataset.Generator.Emitting
{
    /// <summary>Writes the source of one article: a property backed by its own lazily initialised holder class.</summary>
    internal static class ArticleEmitter
    {
        private const int SummaryLength = 160;

        public static string Emit(ArticleSource source)
        {
            ArticleSpec article = source.Article;
            DatasetOptions options = source.Options;
            string holder = "__" + source.MemberName;
            var writer = new SourceWriter();
            Preamble.Write(writer, options);
            writer.Open("namespace " + options.Namespace);
            writer.Open(Preamble.ClassDeclaration(options));

            writer.Line("/// <summary>" + CSharp.XmlDoc(Summary(article)) + "</summary>");
            writer.Line("/// <remarks>");
            writer.Line("/// Article <c>" + CSharp.XmlDoc(article.Id) + "</c> from <c>" + CSharp.XmlDoc(article.SourceFile) + "</c>: "
                + Describe(article) + ".");
            writer.Line("/// </remarks>");
            writer.Line(CSharp.GeneratedCodeAttribute);
            writer.Line("public static global::Dataset.Article " + source.MemberName + " => " + holder + ".Value;");
            writer.Line();

            // One holder per article: the runtime builds an article on its first use and never touches the others.
            writer.Line(CSharp.GeneratedCodeAttribute);
            writer.Open("private static class " + holder);
            writer.Line("internal static readonly global::Dataset.Article Value = Create();");
            writer.Line();
            writer.Open("private static global::Dataset.Article Create()");
            WriteQuotes(writer, source);
            FrontMatterSpec metadata = article.Metadata;
            writer.Line("return new global::Dataset.Article(");
            writer.Line("    Id: " + CSharp.Literal(article.Id) + ",");
            writer.Line("    SourceFile: " + CSharp.Literal(article.SourceFile) + ",");
            writer.Line("    Title: " + CSharp.Literal(metadata.Title) + ",");
            writer.Line("    Url: " + (metadata.Url is null ? "null" : "new global::System.Uri(" + CSharp.Literal(metadata.Url) + ", global::System.UriKind.Absolute)") + ",");
            writer.Line("    Published: " + Published(metadata.Published) + ",");
            writer.Line("    Authors: " + StringList(metadata.Authors) + ",");
            writer.Line("    Tags: " + StringList(metadata.Tags) + ",");
            writer.Line("    Language: " + CSharp.Literal(metadata.Language) + ",");
            writer.Line("    Dateline: " + CSharp.Literal(article.Dateline) + ",");
            writer.Line("    PhotoCredit: " + CSharp.Literal(article.PhotoCredit) + ",");
            writer.Line("    Paragraphs: global::System.Array.AsReadOnly(new global::Dataset.Paragraph[]");
            writer.Line("    {");
            foreach (ParagraphSpec paragraph in article.Paragraphs)
            {
                writer.Line("        new global::Dataset.Paragraph(" + CSharp.Literal(paragraph.Index) + ", "
                    + CSharp.Literal(paragraph.Text) + ", " + CSharp.Literal(paragraph.Line) + "),");
            }

            writer.Line("    }),");
            writer.Line("    Quotes: global::System.Array.AsReadOnly(quotes),");
            writer.Line("    Speakers: global::System.Array.AsReadOnly(speakers),");
            writer.Line("    WordCount: " + CSharp.Literal(article.WordCount) + ",");
            writer.Line("    ContentHash: " + CSharp.Literal(article.ContentHash) + ",");
            writer.Line("    RemovedLines: global::System.Array.AsReadOnly(new global::Dataset.RemovedLine[]");
            writer.Line("    {");
            foreach (RemovedLineSpec line in article.RemovedLines)
            {
                writer.Line("        new global::Dataset.RemovedLine(" + CSharp.Literal(line.Line) + ", " + CSharp.Literal(line.Text) + "),");
            }

            writer.Line("    }));");
            writer.Close();
            writer.Close();
            writer.Line();
            WriteQuoteTable(writer, source);
            writer.Close();
            writer.Close();
            return writer.ToString();
        }

        // Quotes are built first so that Article.Quotes and each Speaker.Quotes share the same instances.
        private static void WriteQuotes(SourceWriter writer, ArticleSource source)
        {
            ArticleSpec article = source.Article;
            string table = Preamble.QualifiedClass(source.Options) + ".Quotes." + source.MemberName + ".";
            writer.Line("var quotes = new global::Dataset.Quote[]");
            writer.Line("{");
            foreach (QuoteSpec quote in article.Quotes)
            {
                writer.Line("    new global::Dataset.Quote(" + CSharp.Literal(article.Id) + ", " + CSharp.Literal(quote.Index) + ", "
                    + table + QuoteNames.For(quote, article.Quotes.Count, source.MemberName) + ", " + CSharp.Literal(quote.Speaker) + ", "
                    + CSharp.Literal(quote.SpeakerName) + ", " + CSharp.Literal(quote.Cue) + ", global::Dataset.QuoteKind." + quote.Kind + ", "
                    + CSharp.Literal(quote.Paragraph) + ", " + CSharp.Literal(quote.Start) + ", " + CSharp.Literal(quote.Length) + ", "
                    + CSharp.Literal(quote.Group) + "),");
            }

            writer.Line("};");
            writer.Line("var speakers = new global::Dataset.Speaker[]");
            writer.Line("{");
            foreach (SpeakerSpec speaker in article.Speakers)
            {
                var quotes = new System.Text.StringBuilder();
                foreach (int index in speaker.Quotes)
                {
                    quotes.Append("quotes[").Append(CSharp.Literal(index)).Append("], ");
                }

                writer.Line("    new global::Dataset.Speaker(" + CSharp.Literal(speaker.Name) + ", " + StringList(speaker.Aliases)
                    + ", global::System.Array.AsReadOnly(new global::Dataset.Quote[] { " + quotes + "})),");
            }

            writer.Line("};");
        }

        // The constant quote table: compile-time strings usable in attributes, switch cases and other constants.
        private static void WriteQuoteTable(SourceWriter writer, ArticleSource source)
        {
            ArticleSpec article = source.Article;
            writer.Open("public static partial class Quotes");
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
                writer.Line("/// <summary>“" + CSharp.XmlDoc(quote.Text) + "”</summary>");
                writer.Line("/// <remarks>" + CSharp.XmlDoc(Attribution(quote)) + "</remarks>");
                writer.Line("public const string " + QuoteNames.For(quote, article.Quotes.Count, source.MemberName) + " = " + CSharp.Literal(quote.Text) + ";");
            }

            writer.Close();
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
        private static string Summary(ArticleSpec article)
        {
            if (article.Metadata.Title is not null)
            {
                return article.Metadata.Title;
            }

            if (article.Paragraphs.Count == 0)
            {
                return "(no text)";
            }

            string first = article.Paragraphs[0].Text;
            if (first.Length <= SummaryLength)
            {
                return first;
            }

            int cut = first.LastIndexOf(' ', SummaryLength);
            return first.Substring(0, cut > 0 ? cut : SummaryLength) + "…";
        }

        private static string StringList(EquatableArray<string> items)
        {
            var list = new System.Text.StringBuilder("global::System.Array.AsReadOnly(new string[] { ");
            foreach (string item in items)
            {
                list.Append(CSharp.Literal(item)).Append(", ");
            }

            return list.Append("})").ToString();
        }

        // Ticks and offset are exact and need no parsing at run time; the comment keeps it readable.
        private static string Published(PublishedDate? published) =>
            published is not { } date
                ? "null"
                : string.Format(
                    CultureInfo.InvariantCulture,
                    "new global::System.DateTimeOffset({0}L, global::System.TimeSpan.FromMinutes({1})) /* {2} */",
                    date.LocalTicks,
                    date.OffsetMinutes,
                    date.Value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));

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

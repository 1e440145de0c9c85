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
            writer.Line("internal static readonly global::Dataset.Article Value = new global::Dataset.Article(");
            writer.Line("    Id: " + CSharp.Literal(article.Id) + ",");
            writer.Line("    SourceFile: " + CSharp.Literal(article.SourceFile) + ",");
            FrontMatterSpec metadata = article.Metadata;
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
            writer.Close();
            return writer.ToString();
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

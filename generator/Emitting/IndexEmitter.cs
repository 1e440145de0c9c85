using Dataset.Generator.Model;

namespace Dataset.Generator.Emitting
{
    /// <summary>Writes the dataset-wide members: <c>Count</c>, <c>Ids</c>, <c>All</c>, <c>Get</c> and <c>TryGet</c>.</summary>
    internal static class IndexEmitter
    {
        private const string Article = "global::Dataset.Article";
        private const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";

        public static string Emit(IndexSource index)
        {
            DatasetOptions options = index.Options;
            string nullable = Preamble.Nullable(options);
            var writer = new SourceWriter();
            Preamble.Write(writer, options);
            writer.Open("namespace " + options.Namespace);
            writer.Line("/// <summary>");
            writer.Line("/// The articles built at compile time from this project's seed files: one property per article, plus");
            writer.Line("/// lookups by id. Nothing is read or parsed at run time; each article is constructed on first use.");
            writer.Line("/// </summary>");
            writer.Line(CSharp.GeneratedCodeAttribute);
            writer.Open(Preamble.ClassDeclaration(options));

            writer.Line("/// <summary>The number of articles in the dataset.</summary>");
            writer.Line("public const int Count = " + CSharp.Literal(index.Entries.Count) + ";");
            writer.Line();
            writer.Line("/// <summary>Every article id, in ordinal order. Reading it constructs no article.</summary>");
            writer.Line("public static " + ReadOnlyList + "<string> Ids => __Ids.Value;");
            writer.Line();
            writer.Line("/// <summary>Every article, in ordinal id order. The first read constructs all of them.</summary>");
            writer.Line("public static " + ReadOnlyList + "<" + Article + "> All => __All.Value;");
            writer.Line();
            writer.Line("/// <summary>Returns the article with the given id.</summary>");
            writer.Line("/// <param name=\"id\">An article id: the seed's file name without extension.</param>");
            writer.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"id\"/> is <see langword=\"null\"/>.</exception>");
            writer.Line("/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No article has that id.</exception>");
            writer.Open("public static " + Article + " Get(string id)");
            writer.Line(Article + nullable + " article;");
            writer.Open("if (TryGet(id, out article))");
            writer.Line("return article" + (options.Language.NullableAnnotations && !options.Language.NotNullWhenAttribute ? "!" : string.Empty) + ";");
            writer.Close();
            writer.Line();
            writer.Line("throw new global::System.Collections.Generic.KeyNotFoundException(\"The dataset has no article with id '\" + id + \"'.\");");
            writer.Close();
            writer.Line();
            writer.Line("/// <summary>Looks an article up by id in constant time, constructing only that article.</summary>");
            writer.Line("/// <param name=\"id\">An article id: the seed's file name without extension.</param>");
            writer.Line("/// <param name=\"article\">The article, or <see langword=\"null\"/> when no article has that id.</param>");
            writer.Line("/// <returns><see langword=\"true\"/> when the article exists.</returns>");
            writer.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"id\"/> is <see langword=\"null\"/>.</exception>");
            string outAttribute = options.Language.NotNullWhenAttribute ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : string.Empty;
            writer.Open("public static bool TryGet(string id, " + outAttribute + "out " + Article + nullable + " article)");
            writer.Open("if (id == null)");
            writer.Line("throw new global::System.ArgumentNullException(\"id\");");
            writer.Close();
            writer.Line();

            // The compiler turns a string switch into a hash jump table: O(1), and no dictionary to build first.
            writer.Open("switch (id)");
            foreach (IndexEntry entry in index.Entries)
            {
                writer.Line("case " + CSharp.Literal(entry.Id) + ": article = " + entry.MemberName + "; return true;");
            }

            writer.Line("default: article = null; return false;");
            writer.Close();
            writer.Close();
            writer.Line();

            WriteQuoteIndex(writer, index);

            writer.Line(CSharp.GeneratedCodeAttribute);
            writer.Open("private static class __Ids");
            writer.Line("internal static readonly " + ReadOnlyList + "<string> Value = global::System.Array.AsReadOnly(new string[]");
            writer.Line("{");
            foreach (IndexEntry entry in index.Entries)
            {
                writer.Line("    " + CSharp.Literal(entry.Id) + ",");
            }

            writer.Line("});");
            writer.Close();
            writer.Line();
            writer.Line(CSharp.GeneratedCodeAttribute);
            writer.Open("private static class __All");
            writer.Line("internal static readonly " + ReadOnlyList + "<" + Article + "> Value = global::System.Array.AsReadOnly(new " + Article + "[]");
            writer.Line("{");
            foreach (IndexEntry entry in index.Entries)
            {
                writer.Line("    " + Preamble.QualifiedClass(options) + "." + entry.MemberName + ",");
            }

            writer.Line("});");
            writer.Close();
            writer.Close();
            writer.Close();
            return writer.ToString();
        }

        // Every speaker name across the dataset, each with its quotes: a string switch to one lazy holder per name,
        // so a lookup is O(1) and constructs only the articles that quote that speaker.
        private static void WriteQuoteIndex(SourceWriter writer, IndexSource index)
        {
            var bySpeaker = new System.Collections.Generic.SortedDictionary<string, System.Collections.Generic.List<string>>(System.StringComparer.Ordinal);
            foreach (IndexEntry entry in index.Entries)
            {
                foreach (SpeakerSpec speaker in entry.Speakers)
                {
                    if (!bySpeaker.TryGetValue(speaker.Name, out var quotes))
                    {
                        bySpeaker.Add(speaker.Name, quotes = new System.Collections.Generic.List<string>());
                    }

                    foreach (int quote in speaker.Quotes)
                    {
                        quotes.Add(Preamble.QualifiedClass(index.Options) + "." + entry.MemberName + ".Quotes[" + CSharp.Literal(quote) + "]");
                    }
                }
            }

            writer.Line("/// <summary>");
            writer.Line("/// The quote tables: one class per article holding each of its quotes as a <c>const string</c>, named by");
            writer.Line("/// position and speaker (<c>Q00_Xi_Jinping</c>), for use where only constants will do.");
            writer.Line("/// </summary>");
            writer.Open("public static partial class Quotes");
            writer.Close();
            writer.Line();
            writer.Line("/// <summary>Every speaker name quoted in the dataset (<see cref=\"global::Dataset.Quote.SpeakerName\"/>), in ordinal order.</summary>");
            writer.Line("public static " + ReadOnlyList + "<string> SpeakerNames => __SpeakerNames.Value;");
            writer.Line();
            writer.Line("/// <summary>All quotes of a speaker across the dataset, in article and reading order; empty for an unknown name.</summary>");
            writer.Line("/// <param name=\"speakerName\">A <see cref=\"global::Dataset.Quote.SpeakerName\"/>, matched exactly (ordinal).</param>");
            writer.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"speakerName\"/> is <see langword=\"null\"/>.</exception>");
            writer.Open("public static " + ReadOnlyList + "<global::Dataset.Quote> QuotesBy(string speakerName)");
            writer.Open("if (speakerName == null)");
            writer.Line("throw new global::System.ArgumentNullException(\"speakerName\");");
            writer.Close();
            writer.Line();
            writer.Open("switch (speakerName)");
            int holder = 0;
            foreach (string name in bySpeaker.Keys)
            {
                writer.Line("case " + CSharp.Literal(name) + ": return __QuotesBy" + CSharp.Literal(holder++) + ".Value;");
            }

            writer.Line("default: return __NoQuotes.Value;");
            writer.Close();
            writer.Close();
            writer.Line();

            writer.Line(CSharp.GeneratedCodeAttribute);
            writer.Open("private static class __SpeakerNames");
            writer.Line("internal static readonly " + ReadOnlyList + "<string> Value = global::System.Array.AsReadOnly(new string[]");
            writer.Line("{");
            foreach (string name in bySpeaker.Keys)
            {
                writer.Line("    " + CSharp.Literal(name) + ",");
            }

            writer.Line("});");
            writer.Close();
            writer.Line();
            writer.Line(CSharp.GeneratedCodeAttribute);
            writer.Open("private static class __NoQuotes");
            writer.Line("internal static readonly " + ReadOnlyList + "<global::Dataset.Quote> Value = global::System.Array.AsReadOnly(new global::Dataset.Quote[0]);");
            writer.Close();
            holder = 0;
            foreach (var speaker in bySpeaker)
            {
                writer.Line();
                writer.Line(CSharp.GeneratedCodeAttribute);
                writer.Open("private static class __QuotesBy" + CSharp.Literal(holder++));
                writer.Line("internal static readonly " + ReadOnlyList + "<global::Dataset.Quote> Value = global::System.Array.AsReadOnly(new global::Dataset.Quote[]");
                writer.Line("{");
                foreach (string quote in speaker.Value)
                {
                    writer.Line("    " + quote + ",");
                }

                writer.Line("});");
                writer.Close();
            }

            writer.Line();
        }
    }
}

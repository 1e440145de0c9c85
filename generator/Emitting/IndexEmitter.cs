using System;
using System.Collections.Generic;
using Dataset.Generator.Emitting.Data;
using Dataset.Generator.Model;

namespace Dataset.Generator.Emitting
{
    /// <summary>
    /// Writes the dataset-wide members (<c>Count</c>, <c>Ids</c>, <c>All</c>, <c>Get</c>, <c>TryGet</c>,
    /// <c>QuotesBy</c>, <c>SpeakerNames</c>) as one-line calls into the runtime's reader, and the index data they read.
    /// </summary>
    internal static class IndexEmitter
    {
        private const string Article = "global::Dataset.Article";
        private const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
        private const string Store = Preamble.StoreClass + ".Instance";

        public static string Emit(IndexSource index)
        {
            DatasetOptions options = index.Options;
            string nullable = Preamble.Nullable(options);
            var writer = new SourceWriter();
            Preamble.Write(writer, options);
            writer.Open("namespace " + options.Namespace);
            writer.Line("/// <summary>");
            writer.Line("/// The articles built at compile time from this project's seed files: one property per article, plus");
            writer.Line("/// lookups by id and by speaker. The articles are stored as static data in this assembly; each is decoded");
            writer.Line("/// on first use, and no file is read at run time.");
            writer.Line("/// </summary>");
            writer.Line(CSharp.GeneratedCodeAttribute);
            writer.Open(Preamble.ClassDeclaration(options));

            writer.Line("/// <summary>The number of articles in the dataset.</summary>");
            writer.Line("public const int Count = " + CSharp.Literal(index.Entries.Count) + ";");
            writer.Line();
            writer.Line("/// <summary>Every article id, in ordinal order. Reading it decodes no article.</summary>");
            writer.Line("public static " + ReadOnlyList + "<string> Ids => " + Store + ".Ids;");
            writer.Line();
            writer.Line("/// <summary>Every article, in ordinal id order. Each article is decoded when it is first read.</summary>");
            writer.Line("public static " + ReadOnlyList + "<" + Article + "> All => " + Store + ".All;");
            writer.Line();
            writer.Line("/// <summary>Returns the article with the given id.</summary>");
            writer.Line("/// <param name=\"id\">An article id: the seed's file name without extension.</param>");
            writer.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"id\"/> is <see langword=\"null\"/>.</exception>");
            writer.Line("/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No article has that id.</exception>");
            writer.Line("public static " + Article + " Get(string id) => " + Store + ".Get(id);");
            writer.Line();
            writer.Line("/// <summary>Looks an article up by id (ordinal) in a hash table in the data, decoding only that article.</summary>");
            writer.Line("/// <param name=\"id\">An article id: the seed's file name without extension.</param>");
            writer.Line("/// <param name=\"article\">The article, or <see langword=\"null\"/> when no article has that id.</param>");
            writer.Line("/// <returns><see langword=\"true\"/> when the article exists.</returns>");
            writer.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"id\"/> is <see langword=\"null\"/>.</exception>");
            string outAttribute = options.Language.NotNullWhenAttribute ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : string.Empty;
            writer.Line("public static bool TryGet(string id, " + outAttribute + "out " + Article + nullable + " article) => " + Store + ".TryGet(id, out article);");
            writer.Line();
            if (options.QuoteConstants)
            {
                writer.Line("/// <summary>");
                writer.Line("/// The quote tables: one class per article holding each of its quotes as a <c>const string</c>, named by");
                writer.Line("/// position and speaker (<c>Q00_Xi_Jinping</c>), for use where only constants will do.");
                writer.Line("/// </summary>");
                writer.Open("public static partial class Quotes");
                writer.Close();
                writer.Line();
            }

            writer.Line("/// <summary>Every speaker name quoted in the dataset (<see cref=\"global::Dataset.Quote.SpeakerName\"/>), in ordinal order.</summary>");
            writer.Line("public static " + ReadOnlyList + "<string> SpeakerNames => " + Store + ".SpeakerNames;");
            writer.Line();
            writer.Line("/// <summary>All quotes of a speaker across the dataset, in article and reading order; empty for an unknown name.</summary>");
            writer.Line("/// <param name=\"speakerName\">A <see cref=\"global::Dataset.Quote.SpeakerName\"/>, matched exactly (ordinal).</param>");
            writer.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"speakerName\"/> is <see langword=\"null\"/>.</exception>");
            writer.Line("public static " + ReadOnlyList + "<global::Dataset.Quote> QuotesBy(string speakerName) => " + Store + ".QuotesBy(speakerName);");
            writer.Line();
            WriteStore(writer, index);
            writer.Close();
            writer.Close();
            return writer.ToString();
        }

        // The reader is fixed code in Dataset.Runtime; this subclass only hands it the data: the index here, and
        // each part's chunk, which the part's own file declares.
        private static void WriteStore(SourceWriter writer, IndexSource index)
        {
            DatasetOptions options = index.Options;
            writer.Line(CSharp.GeneratedCodeAttribute);
            writer.Open("private sealed partial class " + Preamble.StoreClass + " : global::Dataset.Storage.ArticleStore");
            writer.Line("internal static readonly " + Preamble.StoreClass + " Instance = new " + Preamble.StoreClass + "();");
            writer.Line();
            writer.Line("/// <summary>Ids, speaker names, their hash tables and each speaker's quotes (format: <c>Dataset.Storage.DataFormat</c>).</summary>");
            writer.Line("protected override global::System.ReadOnlySpan<byte> Index => " + DataLiteral.For(Data(index), options.Language) + ";");
            writer.Line();
            writer.Open("protected override global::System.ReadOnlySpan<byte> Chunk(int number)");
            writer.Open("switch (number)");
            for (int part = 0; part < index.PartCount; part++)
            {
                writer.Line("case " + CSharp.Literal(part) + ": return " + Preamble.ChunkProperty(part) + ";");
            }

            writer.Line("default: throw new global::System.ArgumentOutOfRangeException(\"number\");");
            writer.Close();
            writer.Close();
            writer.Close();
        }

        private static byte[] Data(IndexSource index)
        {
            var ids = new List<string>(index.Entries.Count);
            var bySpeaker = new SortedDictionary<string, List<(int Article, int Quote)>>(StringComparer.Ordinal);
            foreach (IndexEntry entry in index.Entries)
            {
                foreach (SpeakerSpec speaker in entry.Speakers)
                {
                    if (!bySpeaker.TryGetValue(speaker.Name, out List<(int, int)>? quotes))
                    {
                        bySpeaker.Add(speaker.Name, quotes = new List<(int, int)>());
                    }

                    foreach (int quote in speaker.Quotes)
                    {
                        quotes.Add((ids.Count, quote));
                    }
                }

                ids.Add(entry.Id);
            }

            return IndexData.Build(ids, index.Options.ArticlesPerFile, new List<KeyValuePair<string, List<(int Article, int Quote)>>>(bySpeaker));
        }
    }
}

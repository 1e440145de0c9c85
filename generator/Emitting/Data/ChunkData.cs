using System.Collections.Generic;
using Dataset.Generator.Model;

namespace Dataset.Generator.Emitting.Data
{
    /// <summary>The data of one generated file's articles: a table of record offsets, then the records.</summary>
    internal static class ChunkData
    {
        /// <param name="recordOffsets">Where each record starts, from the start of the chunk (for the file's offset comments).</param>
        public static byte[] Build(IReadOnlyList<ArticleSpec> articles, out int[] recordOffsets)
        {
            var records = new DataWriter();
            var starts = new int[articles.Count + 1];
            for (int i = 0; i < articles.Count; i++)
            {
                starts[i] = records.Length;
                ArticleRecord.Write(records, articles[i]);
            }

            starts[articles.Count] = records.Length;

            // The table's width depends on the chunk's length, which depends on the width: grow it until it fits.
            for (int width = 1; ; width++)
            {
                var chunk = new DataWriter();
                chunk.Int(articles.Count);
                chunk.Int(width);
                chunk.LineEnd();
                int prefix = chunk.Length + (starts.Length * (width + 1)) + 1;
                if (DataWriter.Digits(prefix + records.Length) > width)
                {
                    continue;
                }

                recordOffsets = new int[starts.Length];
                for (int i = 0; i < starts.Length; i++)
                {
                    recordOffsets[i] = prefix + starts[i];
                    chunk.Fixed(recordOffsets[i], width);
                }

                chunk.LineEnd();
                return chunk.Append(records).ToArray();
            }
        }
    }
}

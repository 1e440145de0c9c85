using System.Collections.Generic;
using Dataset.Storage;

namespace Dataset.Generator.Emitting.Data
{
    /// <summary>
    /// The index of a dataset (see <see cref="DataFormat"/>): ids and speaker names with hash tables that find them,
    /// and each speaker's quotes across the dataset, so the runtime looks up without a generated <c>switch</c>.
    /// </summary>
    internal static class IndexData
    {
        /// <param name="ids">Every id, in article order (ordinal).</param>
        /// <param name="speakers">Every speaker name (ordinal order) with its quotes as (article, quote) pairs.</param>
        public static byte[] Build(IReadOnlyList<string> ids, int articlesPerChunk, IReadOnlyList<KeyValuePair<string, List<(int Article, int Quote)>>> speakers)
        {
            var strings = new DataWriter();
            var idStarts = new int[ids.Count + 1];
            for (int i = 0; i < ids.Count; i++)
            {
                idStarts[i] = strings.Length;
                strings.Text(ids[i]);
            }

            idStarts[ids.Count] = strings.Length;
            strings.LineEnd();

            var nameStarts = new int[speakers.Count + 1];
            for (int i = 0; i < speakers.Count; i++)
            {
                nameStarts[i] = strings.Length;
                strings.Text(speakers[i].Key);
            }

            nameStarts[speakers.Count] = strings.Length;
            strings.LineEnd();

            var listStarts = new int[speakers.Count + 1];
            for (int i = 0; i < speakers.Count; i++)
            {
                listStarts[i] = strings.Length;
                strings.Int(speakers[i].Value.Count);
                foreach ((int article, int quote) in speakers[i].Value)
                {
                    strings.Int(article);
                    strings.Int(quote);
                }

                strings.LineEnd();
            }

            listStarts[speakers.Count] = strings.Length;

            int idCapacity = DataFormat.TableCapacity(ids.Count);
            int speakerCapacity = DataFormat.TableCapacity(speakers.Count);
            int[] idSlots = Slots(ids, idCapacity);
            var names = new string[speakers.Count];
            for (int i = 0; i < names.Length; i++)
            {
                names[i] = speakers[i].Key;
            }

            int[] nameSlots = Slots(names, speakerCapacity);

            // Every fixed-width number is an offset into the index or a count below its length; widen until the length fits.
            for (int width = 1; ; width++)
            {
                var index = new DataWriter();
                index.Ascii(DataFormat.Magic).Ascii(" ");
                index.Int(DataFormat.Version);
                index.Int(ids.Count);
                index.Int(articlesPerChunk);
                index.Int(speakers.Count);
                index.Int(idCapacity);
                index.Int(speakerCapacity);
                index.Int(width);
                index.LineEnd();
                int tables = idStarts.Length + idSlots.Length + nameStarts.Length + nameSlots.Length + listStarts.Length;
                int prefix = index.Length + (tables * (width + 1)) + 5;
                if (DataWriter.Digits(prefix + strings.Length) > width)
                {
                    continue;
                }

                Table(index, idStarts, prefix, width);
                Table(index, idSlots, 0, width);
                Table(index, nameStarts, prefix, width);
                Table(index, nameSlots, 0, width);
                Table(index, listStarts, prefix, width);
                return index.Append(strings).ToArray();
            }
        }

        // Open addressing with linear probing: slot = hash & (capacity - 1); a slot holds 1 + the entry, or 0.
        private static int[] Slots(IReadOnlyList<string> keys, int capacity)
        {
            var slots = new int[capacity];
            for (int i = 0; i < keys.Count; i++)
            {
                int slot = (int)(DataFormat.Hash(keys[i]) & (uint)(capacity - 1));
                while (slots[slot] != 0)
                {
                    slot = (slot + 1) & (capacity - 1);
                }

                slots[slot] = i + 1;
            }

            return slots;
        }

        private static void Table(DataWriter index, int[] values, int add, int width)
        {
            foreach (int value in values)
            {
                index.Fixed(value + add, width);
            }

            index.LineEnd();
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Dataset.Tests.EndToEnd
{
    /// <summary>One generated seed file: its name and its bytes, and whether those bytes are text in their encoding.</summary>
    internal sealed record AdversarialSeed(string FileName, byte[] Bytes, bool IsText);

    /// <summary>
    /// Random mutations of the real seed, as bytes on disk: control and invisible characters, quote-mark storms,
    /// YAML and junk-line noise, every line ending, very long lines, invalid UTF-8, UTF-8 and UTF-16 BOMs, UTF-16
    /// without one, Latin-1. Deterministic for a given random seed, so a failure names a reproducible file.
    /// </summary>
    internal static class AdversarialSeeds
    {
        private static readonly string[] Pieces =
        {
            "\u0001", "\u0007", "\u007F", "\u202E", "\u2066", "\u200B", "\uFEFF", "\u2028", "\u0085", "\t", "\f",
            "“", "”", "\"", "‘", "’", "«", "»", "„", "'", "—", "–", " -- ", "😀", "é", "\\", "{", "}", "*/", "</summary>", "#error",
            "\n", "\r\n", "\r", "\n\n\n", "[ad_1]\n", "\nSource link\n", "\nAdvertisement\n", "Supply hyperlink",
            "\n---\n", "---\ntitle: [unclosed\n---\n", "---\ntags: {a: [1, 2}\n---\n", "---\npublished: tomorrow\nurl: nope\n---\n",
            "---\ntitle: Fuzzed\nauthors: [A, B]\nlanguage: en-US\n---\n", "BEIJING — ", "KYIV, Ukraine (AP) — ", "Leah Millis/AP\n",
            " said Xi Jinping.", ", he said. “", " according to officials", ": “", "”, she added.", "Mr. O’Connor",
        };

        private static readonly string RealSeed = Support.Repository.RealSeedText;

        /// <param name="count">How many seeds.</param>
        /// <param name="randomSeed">Fixes every choice.</param>
        public static IReadOnlyList<AdversarialSeed> Create(int count, int randomSeed)
        {
            var random = new Random(randomSeed);
            var seeds = new List<AdversarialSeed>(count);
            for (int i = 0; i < count; i++)
            {
                string name = "fuzz-" + i.ToString("0000", System.Globalization.CultureInfo.InvariantCulture) + ".txt";
                seeds.Add(Encode(name, Mutate(random), random));
            }

            return seeds;
        }

        private static string Mutate(Random random)
        {
            var text = new StringBuilder(RealSeed);
            int edits = random.Next(1, 12);
            for (int e = 0; e < edits; e++)
            {
                int at = random.Next(text.Length + 1);
                switch (random.Next(10))
                {
                    case 0:
                        text.Remove(at, Math.Min(random.Next(1, 400), text.Length - at));
                        break;
                    case 1:
                        // A quote-mark storm: thousands of unbalanced marks.
                        text.Insert(at, string.Concat(Enumerable.Repeat(random.Next(2) == 0 ? "“" : "“ ” ”", random.Next(100, 3000))));
                        break;
                    case 2:
                        text.Insert(at, RealSeed.Substring(0, random.Next(RealSeed.Length)));
                        break;
                    case 3 when random.Next(15) == 0:
                        // A very long line (up to ~300 KB), of words and quotes.
                        text.Insert(at, string.Concat(Enumerable.Repeat("word “quoted” and more ", random.Next(1000, 13000))));
                        break;
                    case 4:
                        text.Insert(at, (char)random.Next(0x20, 0x2FFF));
                        break;
                    default:
                        text.Insert(at, Pieces[random.Next(Pieces.Length)]);
                        break;
                }
            }

            string result = text.ToString();
            return random.Next(8) switch
            {
                0 => result.Replace("\r\n", "\n").Replace('\n', '\r'),
                1 => result.Replace("\r\n", "\n").Replace("\n", "\r\n"),
                2 => result.Substring(0, random.Next(result.Length + 1)),
                _ => result,
            };
        }

        private static AdversarialSeed Encode(string name, string text, Random random)
        {
            byte[] utf8 = new UTF8Encoding(false).GetBytes(text);
            return random.Next(20) switch
            {
                0 or 1 => new(name, InsertInvalidUtf8(utf8, random), IsText: false),
                2 => new(name, Bom(Encoding.UTF8, InsertInvalidUtf8(utf8, random)), IsText: false),
                3 => new(name, Bom(Encoding.UTF8, utf8), IsText: true),
                4 => new(name, Bom(Encoding.Unicode, Encoding.Unicode.GetBytes(text)), IsText: true),
                5 => new(name, Bom(Encoding.BigEndianUnicode, Encoding.BigEndianUnicode.GetBytes(text)), IsText: true),
                6 => new(name, NoDoubleNul(Encoding.Unicode.GetBytes(text)), IsText: text.Length == 0),
                7 => new(name, NoDoubleNul(Encoding.BigEndianUnicode.GetBytes(text)), IsText: text.Length == 0),
                8 => new(name, Encoding.Latin1.GetBytes(text), IsText: IsValidUtf8(Encoding.Latin1.GetBytes(text))),
                _ => new(name, utf8, IsText: true),
            };
        }

        // Bytes no UTF-8 decoder accepts: a lone continuation byte, 0xFF, a Latin-1 é, a lead byte without its tail.
        private static byte[] InsertInvalidUtf8(byte[] bytes, Random random)
        {
            byte[][] invalid = { new byte[] { 0x80 }, new byte[] { 0xFF }, new byte[] { 0xE9, 0x20 }, new byte[] { 0xC3, 0x28 }, new byte[] { 0xE2, 0x80 } };
            var result = new List<byte>(bytes);
            int at = random.Next(result.Count + 1);

            // Between two characters, never inside one, so the first bad byte is the inserted one.
            while (at < result.Count && (result[at] & 0xC0) == 0x80)
            {
                at++;
            }

            result.InsertRange(at, invalid[random.Next(invalid.Length)]);
            return result.ToArray();
        }

        private static byte[] Bom(Encoding encoding, byte[] body) => encoding.GetPreamble().Concat(body).ToArray();

        // Two NULs in a row in a file that is not UTF-8 make the compiler refuse it as binary (CS2015): a known,
        // reported outcome (DS0022) that would only mask the checks this run makes.
        private static byte[] NoDoubleNul(byte[] bytes)
        {
            for (int i = 1; i < bytes.Length; i++)
            {
                if (bytes[i] == 0 && bytes[i - 1] == 0)
                {
                    bytes[i] = 0x20;
                }
            }

            return bytes;
        }

        private static bool IsValidUtf8(byte[] bytes)
        {
            try
            {
                _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
                return true;
            }
            catch (DecoderFallbackException)
            {
                return false;
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Model;

namespace Dataset.Generator.Parsing
{
    /// <summary>
    /// Tells, from what the compiler hands over (the decoded text, the encoding it used and the checksum of the
    /// file's bytes), whether a seed's bytes really were text. No Roslyn: the caller passes those three things.
    /// </summary>
    /// <remarks>
    /// Measured with <c>dotnet build</c> (SDK 10.0.401, Roslyn 5.9, Linux), the compiler reads an AdditionalFile
    /// like a source file:
    /// <list type="bullet">
    /// <item>without a BOM it decodes strictly as UTF-8 (a <see cref="UTF8Encoding"/> whose decoder fallback throws);</item>
    /// <item>when that throws it decodes again with its fallback encoding: on .NET (Core) outside Windows that is
    /// <see cref="Encoding.Default"/>, UTF-8 that replaces each bad sequence by U+FFFD; on Windows, the ANSI code
    /// page (e.g. 1252), which turns any byte into some character;</item>
    /// <item>with a UTF-8 or UTF-16 BOM it decodes with <see cref="Encoding.UTF8"/> or <see cref="Encoding.Unicode"/>,
    /// which replace bad sequences by U+FFFD and never fail;</item>
    /// <item>the checksum is the SHA-256 of the file's bytes, BOM included.</item>
    /// </list>
    /// So a decoder that did not throw may have replaced bytes; encoding the text again and comparing hashes with the
    /// checksum tells whether it did. A U+FFFD in a file whose bytes re-encode exactly was written there.
    /// </remarks>
    internal static class SeedDecoding
    {
        // Enough to recognise UTF-16 read as UTF-8, few enough to cost nothing on a large seed.
        private const int Utf16SampleLength = 128;

        /// <summary>The problem with how the seed was decoded, or <see langword="null"/> when its text is exactly its bytes.</summary>
        /// <param name="text">The text as the compiler decoded it.</param>
        /// <param name="encoding">The encoding the compiler decoded it with (<c>SourceText.Encoding</c>).</param>
        /// <param name="checksum">
        /// The checksum of the file's bytes (<c>SourceText.GetChecksum()</c>), asked for only when the decoder may have
        /// replaced bytes (text that is not a file's computes it on demand).
        /// </param>
        /// <param name="checksumAlgorithm">How <paramref name="checksum"/> was computed; <see langword="null"/> if unknown.</param>
        public static SeedParseResult? Check(string text, Encoding? encoding, Func<IReadOnlyList<byte>> checksum, HashAlgorithmName? checksumAlgorithm)
        {
            // A BOM says what the file is; without one, NUL in every other character is UTF-16 read as UTF-8.
            if (encoding is not (UnicodeEncoding or UTF32Encoding) && FindUtf16WithoutBom(text, out int firstNul, out string byteOrder))
            {
                return Refused(text, firstNul, DiagnosticIds.Utf16WithoutBom, byteOrder);
            }

            if (encoding is null || encoding.DecoderFallback is DecoderExceptionFallback)
            {
                return null;
            }

            if (!IsUnicode(encoding))
            {
                return CheckCodePage(text, encoding);
            }

            // A decoder replaces an unpaired surrogate, so text holding one was handed over as a string (by an IDE or
            // a test), with no bytes behind it; Roslyn's checksum of such text even drops a final one.
            if (HasUnpairedSurrogate(text) || (ReencodesToChecksum(text, encoding, checksum, checksumAlgorithm) ?? text.IndexOf('\uFFFD') < 0))
            {
                return null;
            }

            // Everything before the first replacement character decoded, so it is where the first bad byte was.
            int replaced = Math.Max(0, text.IndexOf('\uFFFD'));
            int byteOffset = encoding.GetPreamble().Length + encoding.GetByteCount(text.ToCharArray(0, replaced));
            return Refused(
                text,
                replaced,
                DiagnosticIds.InvalidUtf8,
                Name(encoding),
                "the bytes at byte offset " + Invariant(byteOffset) + " are not " + Name(encoding) + " (the compiler decoded them as U+FFFD)");
        }

        /// <summary>The result for a seed the compiler could not read as text at all (it reports why, e.g. CS2015).</summary>
        public static SeedParseResult Unreadable(string path) =>
            new(null, new[] { SeedDiagnostic.Create(DiagnosticIds.UnreadableSeed, TextRange.FileStart, System.IO.Path.GetFileName(path)) }.ToEquatableArray());

        // A legacy code page turns any byte into some character, so its encoding gives the file's bytes back exactly,
        // and with them the first byte that is not UTF-8 (on Windows, where the compiler falls back to the ANSI code page).
        private static SeedParseResult? CheckCodePage(string text, Encoding encoding)
        {
            byte[] bytes = encoding.GetBytes(text);
            int bad = Utf8Validation.FindInvalidByte(bytes);
            if (bad < 0)
            {
                return null;
            }

            return Refused(
                text,
                Math.Min(encoding.GetCharCount(bytes, 0, bad), text.Length),
                DiagnosticIds.InvalidUtf8,
                "UTF-8",
                "byte 0x" + bytes[bad].ToString("X2", CultureInfo.InvariantCulture) + " at byte offset " + Invariant(bad) + " does not start or continue a UTF-8 sequence");
        }

        /// <returns>Whether the text, encoded again (with or without the encoding's BOM), hashes to the checksum; <see langword="null"/> when that cannot be told.</returns>
        private static bool? ReencodesToChecksum(string text, Encoding encoding, Func<IReadOnlyList<byte>> checksum, HashAlgorithmName? algorithm)
        {
            using HashAlgorithm? hash = algorithm == HashAlgorithmName.SHA256 ? SHA256.Create()
                : algorithm == HashAlgorithmName.SHA1 ? SHA1.Create()
                : null;
            IReadOnlyList<byte> expected = hash is null ? Array.Empty<byte>() : checksum();
            if (hash is null || expected.Count != hash.HashSize / 8)
            {
                return null;
            }

            byte[] body = encoding.GetBytes(text);
            byte[] preamble = encoding.GetPreamble();
            if (SameBytes(hash.ComputeHash(body), expected))
            {
                return true;
            }

            if (preamble.Length == 0)
            {
                return false;
            }

            hash.TransformBlock(preamble, 0, preamble.Length, null, 0);
            hash.TransformFinalBlock(body, 0, body.Length);
            return SameBytes(hash.Hash, expected);
        }

        /// <summary>
        /// UTF-16 without a BOM, read as UTF-8: every character of ASCII text becomes itself and a NUL (after it for
        /// little-endian, before it for big-endian); typographic marks such as <c>—</c> or <c>“</c> become two other
        /// characters. Judged on the first characters: two thirds of their pairs must be a character and a NUL, so
        /// text that merely holds some NULs is not taken for it.
        /// </summary>
        internal static bool FindUtf16WithoutBom(string text, out int firstNul, out string byteOrder)
        {
            int pairs = Math.Min(text.Length, Utf16SampleLength) / 2;
            int littleEndian = 0, bigEndian = 0;
            for (int i = 0; i < pairs; i++)
            {
                char first = text[2 * i], second = text[(2 * i) + 1];
                littleEndian += first != '\0' && second == '\0' ? 1 : 0;
                bigEndian += first == '\0' && second != '\0' ? 1 : 0;
            }

            bool found = pairs >= 2 && Math.Max(littleEndian, bigEndian) * 3 >= pairs * 2;
            firstNul = found ? text.IndexOf('\0') : -1;
            byteOrder = littleEndian >= bigEndian ? "little-endian" : "big-endian";
            return found;
        }

        // UTF-8, UTF-16 and UTF-32 replace what they cannot decode by U+FFFD; code pages map every byte to a character.
        private static bool IsUnicode(Encoding encoding) =>
            encoding is UTF8Encoding or UnicodeEncoding or UTF32Encoding || encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001;

        private static string Name(Encoding encoding) =>
            encoding is UnicodeEncoding || encoding.CodePage is 1200 or 1201 ? "UTF-16"
            : encoding is UTF32Encoding || encoding.CodePage is 12000 or 12001 ? "UTF-32"
            : "UTF-8";

        private static SeedParseResult Refused(string text, int offset, string id, params string[] arguments) =>
            new(null, new[] { SeedDiagnostic.Create(id, SeedParser.RangeAt(text, offset, offset < text.Length ? 1 : 0), arguments) }.ToEquatableArray());

        private static bool HasUnpairedSurrogate(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(text[i]))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool SameBytes(byte[] left, IReadOnlyList<byte> right)
        {
            if (left.Length != right.Count)
            {
                return false;
            }

            for (int i = 0; i < left.Length; i++)
            {
                if (left[i] != right[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}

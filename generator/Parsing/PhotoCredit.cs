using System;
using System.Collections.Generic;

namespace Dataset.Generator.Parsing
{
    /// <summary>
    /// Recognises the photo-credit line scrapers keep above an article: <c>Leah Millis/AP</c>, <c>Reuters</c>,
    /// <c>Photo: Jane Doe/Getty Images</c>. Only the first line of text is ever asked, so a paragraph is never
    /// mistaken for a credit further down.
    /// </summary>
    internal static class PhotoCredit
    {
        private static readonly string[] Prefixes =
        {
            "Photo credit:", "Image credit:", "Photograph:", "Photos:", "Photo:", "Image:", "Picture:", "Credit:",
            "Photograph by ", "Photo by ", "Pictured by ",
        };

        private static readonly HashSet<string> Agencies = new(StringComparer.OrdinalIgnoreCase)
        {
            "AP", "AP Photo", "Associated Press", "The Associated Press", "AFP", "Agence France-Presse", "Reuters",
            "Getty Images", "Getty", "EPA", "EPA-EFE", "EFE", "Xinhua", "Bloomberg", "Shutterstock", "Alamy", "TASS",
            "Sputnik", "Kyodo", "Yonhap", "Anadolu", "Anadolu Agency", "PA", "PA Images", "PA Wire", "NurPhoto",
            "ZUMA", "ZUMA Press", "Pool", "Sipa", "Sipa USA", "ANSA", "DPA", "Imago", "UPI", "NYT", "CNN", "BBC",
        };

        // Particles that stay lower-case inside names ("Ursula von der Leyen/AFP via Getty Images").
        private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
        {
            "via", "for", "and", "of", "de", "del", "der", "van", "von", "la", "le", "da", "di", "du", "the", "bin", "al",
        };

        private const int MaxLength = 120;
        private const int MaxWords = 10;

        /// <summary>Returns the credit a trimmed line gives, or <see langword="null"/> if it is not a credit line.</summary>
        public static string? Parse(string line)
        {
            if (line.Length == 0 || line.Length > MaxLength)
            {
                return null;
            }

            foreach (string prefix in Prefixes)
            {
                if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    string credit = line.Substring(prefix.Length).Trim();
                    return credit.Length > 0 && IsNameList(credit) ? credit : null;
                }
            }

            if (Agencies.Contains(line) || IsViaAgency(line))
            {
                return line;
            }

            return line.IndexOf('/') > 0 && line.IndexOf("://", StringComparison.Ordinal) < 0 && IsNameList(line) ? line : null;
        }

        // "Kevin Lamarque/Reuters", "Mark Schiefelbein/AP/Pool": every slash-separated part is a short run of
        // capitalised words, with no sentence punctuation that would make it prose.
        private static bool IsNameList(string text)
        {
            string[] parts = text.Split('/');
            int words = 0;
            foreach (string part in parts)
            {
                string trimmed = part.Trim();
                if (trimmed.Length == 0 || !IsCapitalisedWords(trimmed, ref words))
                {
                    return false;
                }
            }

            return words <= MaxWords;
        }

        private static bool IsViaAgency(string line)
        {
            int via = line.IndexOf(" via ", StringComparison.Ordinal);
            int words = 0;
            return via > 0
                && Agencies.Contains(line.Substring(via + 5).Trim())
                && IsCapitalisedWords(line.Substring(0, via), ref words)
                && words <= MaxWords;
        }

        private static bool IsCapitalisedWords(string text, ref int words)
        {
            foreach (string word in text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                words++;
                if (NameParticles.Contains(word))
                {
                    continue;
                }

                if (!char.IsUpper(word[0]))
                {
                    return false;
                }

                foreach (char c in word)
                {
                    // Letters, initials ("J.") and joined names ("Jean-Luc", "O’Neil") only.
                    if (!char.IsLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’' && c != '&')
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }
}

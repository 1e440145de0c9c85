using System;
using System.Collections.Generic;

namespace Dataset.Generator.Parsing
{
    /// <summary>
    /// The one place that decides which whole lines are scraper junk rather than article text. A line is junk only
    /// when all of it is junk, so a sentence that merely mentions an ad is kept.
    /// </summary>
    internal static class JunkLines
    {
        // Lines auto-blogging plugins (WP Automatic, Feedzy, WP RSS Aggregator) and page chrome leave behind,
        // including the forms article spinners turn them into ("Source link" → "Supply hyperlink").
        private static readonly HashSet<string> Phrases = new(StringComparer.OrdinalIgnoreCase)
        {
            "Source link", "Source hyperlink", "Supply link", "Supply hyperlink", "Source url", "Original source",
            "Original article", "Source", "Read more", "Read more here", "Read the full story", "Read full article",
            "Continue reading", "Click here to read more", "Advertisement", "Advertisements", "Sponsored",
            "Sponsored content", "Story continues below advertisement", "Article continues below advertisement",
            "Story continues below", "Article continues below", "Share this", "Share this article",
            "Share this story", "Like this", "Loading", "Related", "Related posts", "Related articles",
            "Related stories", "You may also like", "Recommended", "Recommended for you",
        };

        // WordPress shortcodes that place ads. Matched by name, so any attributes and quote style pass:
        // [adinserter block="4"], [adinserter block=”4″], [ad_1], [the_ad id='12'].
        private static readonly HashSet<string> AdShortcodes = new(StringComparer.OrdinalIgnoreCase)
        {
            "ad", "ads", "adinserter", "adsense", "advert", "advertisement", "the_ad", "the_ad_group",
            "the_ad_placement", "quads", "ai_ad",
        };

        // The longest phrase: a line of article text is longer, and is never cut and looked up.
        private static readonly int MaxPhraseLength = LongestPhrase();

        /// <summary>Whether a trimmed, non-empty line is junk.</summary>
        public static bool IsJunk(string line) => IsAdShortcode(line) || IsPhrase(line);

        private static int LongestPhrase()
        {
            int longest = 0;
            foreach (string phrase in Phrases)
            {
                longest = Math.Max(longest, phrase.Length);
            }

            return longest;
        }

        private static bool IsAdShortcode(string line)
        {
            if (line.Length < 3 || line[0] != '[' || line[line.Length - 1] != ']')
            {
                return false;
            }

            int start = line[1] == '/' ? 2 : 1;
            int end = start;
            while (end < line.Length - 1 && (char.IsLetterOrDigit(line[end]) || line[end] == '_' || line[end] == '-'))
            {
                end++;
            }

            // The name must end at the bracket, a space or attributes; "[adinserterX]" is not "adinserter".
            char after = line[end];
            if (end == start || (after != ']' && !char.IsWhiteSpace(after)))
            {
                return false;
            }

            string name = line.Substring(start, end - start);
            return AdShortcodes.Contains(name) || IsNumberedAd(name);
        }

        // [ad_1], [ad_2], … as WP Automatic numbers its ad slots.
        private static bool IsNumberedAd(string name)
        {
            if (name.Length < 4 || !name.StartsWith("ad_", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            for (int i = 3; i < name.Length; i++)
            {
                if (name[i] < '0' || name[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }

        // "Read more…", "Share this:", "— Advertisement —" are the same junk as their bare phrase.
        private static bool IsPhrase(string line)
        {
            const string decoration = ".:…-–—|>» ";
            int start = 0, end = line.Length;
            while (start < end && decoration.IndexOf(line[start]) >= 0)
            {
                start++;
            }

            while (end > start && decoration.IndexOf(line[end - 1]) >= 0)
            {
                end--;
            }

            return end - start <= MaxPhraseLength && Phrases.Contains(line.Substring(start, end - start));
        }
    }
}

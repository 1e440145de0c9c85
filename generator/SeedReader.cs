using System.Security.Cryptography;
using System.Threading;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.Generator
{
    /// <summary>
    /// Turns the <see cref="SourceText"/> the compiler decoded from a seed file into a parse result: a seed whose
    /// bytes were not text gets an error instead of an article (see <see cref="SeedDecoding"/>).
    /// </summary>
    internal static class SeedReader
    {
        /// <param name="path">The seed file's path.</param>
        /// <param name="source">What <c>AdditionalText.GetText</c> returned; <see langword="null"/> when the compiler could not read it.</param>
        /// <param name="maxSeedLength">The most characters a seed may have.</param>
        public static SeedParseResult Read(string path, SourceText? source, int maxSeedLength, CancellationToken cancellationToken)
        {
            if (source is null)
            {
                return SeedDecoding.Unreadable(path);
            }

            string text = source.ToString();

            // A seed over the limit is refused by the parser before anything else reads it, hashing included.
            SeedParseResult? undecodable = text.Length > maxSeedLength
                ? null
                : SeedDecoding.Check(text, source.Encoding, () => source.GetChecksum(), ChecksumAlgorithm(source.ChecksumAlgorithm));
            return undecodable ?? SeedParser.Parse(path, text, maxSeedLength, cancellationToken);
        }

        private static HashAlgorithmName? ChecksumAlgorithm(SourceHashAlgorithm algorithm) => algorithm switch
        {
            SourceHashAlgorithm.Sha1 => HashAlgorithmName.SHA1,
            SourceHashAlgorithm.Sha256 => HashAlgorithmName.SHA256,
            _ => null,
        };
    }
}

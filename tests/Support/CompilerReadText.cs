using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.Tests.Support
{
    /// <summary>
    /// A seed file's bytes decoded the way <c>dotnet build</c> decodes an AdditionalFile on Linux (measured with SDK
    /// 10.0.401): strictly as UTF-8 unless a BOM says otherwise; when that fails, again with
    /// <see cref="Encoding.Default"/> (UTF-8 replacing bad sequences by U+FFFD), refusing text that looks binary
    /// (<c>GetText</c> then returns <see langword="null"/> and the compiler reports CS2015); SHA-256 checksum of the
    /// bytes. The end-to-end tests prove the same cases against the real compiler.
    /// </summary>
    internal sealed class CompilerReadText(string path, byte[] bytes) : AdditionalText
    {
        private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        public override string Path { get; } = path;

        public static CompilerReadText InProject(string relativePath, byte[] bytes) =>
            new(System.IO.Path.Combine(GeneratorHarness.ProjectDir, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar)), bytes);

        public override SourceText? GetText(CancellationToken cancellationToken = default)
        {
            try
            {
                return SourceText.From(bytes, bytes.Length, StrictUtf8, SourceHashAlgorithm.Sha256, throwIfBinaryDetected: false);
            }
            catch (DecoderFallbackException)
            {
            }

            try
            {
                return SourceText.From(bytes, bytes.Length, Encoding.Default, SourceHashAlgorithm.Sha256, throwIfBinaryDetected: true);
            }
            catch (InvalidDataException)
            {
                return null;
            }
        }
    }
}

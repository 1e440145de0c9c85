namespace Dataset.Generator
{
    internal static class GeneratorInfo
    {
        /// <summary>Stamped into <c>[GeneratedCode]</c>; kept in step with <c>VersionPrefix</c> by a test.</summary>
        public const string Version = "0.1.0";
    }
}

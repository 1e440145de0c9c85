namespace Dataset.Generator.Diagnostics
{
    /// <summary>
    /// Stable diagnostic ids. Roslyn-free so the parser can name them; <see cref="DiagnosticCatalog"/> holds the
    /// descriptors. Ids are never reused or renumbered.
    /// </summary>
    internal static class DiagnosticIds
    {
        public const string InternalError = "DS0001";
        public const string BinaryContent = "DS0002";
        public const string NoArticleText = "DS0004";
        public const string DuplicateId = "DS0005";
        public const string MemberNameCollision = "DS0006";
        public const string InvalidFrontMatter = "DS0007";
        public const string UnclosedFrontMatter = "DS0017";
    }
}

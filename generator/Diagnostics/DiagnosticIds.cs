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
        public const string InvalidUtf8 = "DS0003";
        public const string NoArticleText = "DS0004";
        public const string DuplicateId = "DS0005";
        public const string MemberNameCollision = "DS0006";
        public const string InvalidFrontMatter = "DS0007";
        public const string FrontMatterWrongType = "DS0008";
        public const string UnknownFrontMatterField = "DS0009";
        public const string FrontMatterBadValue = "DS0010";
        public const string UnclosedQuote = "DS0011";
        public const string UnopenedQuote = "DS0012";
        public const string InvisibleCharacter = "DS0013";
        public const string SeedTooLarge = "DS0014";
        public const string JunkLineRemoved = "DS0015";
        public const string QuoteWithoutSpeaker = "DS0016";
        public const string UnclosedFrontMatter = "DS0017";
        public const string DataTooLargeForLanguageVersion = "DS0018";
        public const string DatasetTooLarge = "DS0019";

        // DS0020–DS0024: what the compiler hands over (bytes, options).
        public const string Utf16WithoutBom = "DS0020";
        public const string InvalidOption = "DS0021";
        public const string UnreadableSeed = "DS0022";
    }
}

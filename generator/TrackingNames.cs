namespace Dataset.Generator
{
    /// <summary>Names of the pipeline's steps, shared by <c>WithTrackingName</c> and the caching tests.</summary>
    internal static class TrackingNames
    {
        public const string Options = nameof(Options);
        public const string Seeds = nameof(Seeds);
        public const string Parts = nameof(Parts);
        public const string Index = nameof(Index);
        public const string NameDiagnostics = nameof(NameDiagnostics);
        public const string SeedDiagnostics = nameof(SeedDiagnostics);
    }
}

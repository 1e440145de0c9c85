using System;
using System.Collections.Generic;

namespace Dataset.Tests.Snapshots
{
    /// <summary>
    /// Optional settings for one <see cref="Snapshot.Verify"/> call. Each mirrors a Verify setting, so a later switch to
    /// Verify keeps the same snapshot files.
    /// </summary>
    internal sealed record SnapshotSettings
    {
        public static readonly SnapshotSettings Default = new();

        /// <summary>Verify's <c>UseMethodName</c>: lets two tests share one snapshot (e.g. LF and CRLF seeds).</summary>
        public string? MethodName { get; init; }

        /// <summary>Verify's <c>UseParameters</c>: a theory's arguments, in order; named after the test method's parameters.</summary>
        public IReadOnlyList<object?>? Parameters { get; init; }

        /// <summary>Verify's <c>UseDirectory</c>: where the files live. Default: <c>Snapshots/</c> beside the test file.</summary>
        public string? Directory { get; init; }

        /// <summary>Write received content over verified files instead of failing. Default: <c>VERIFY_ACCEPT=1</c>.</summary>
        public bool Accept { get; init; } = Environment.GetEnvironmentVariable("VERIFY_ACCEPT") == "1";

        /// <summary>Running on CI, where accepting is refused. Default: <c>CI=true</c>.</summary>
        public bool OnCI { get; init; } = IsSet(Environment.GetEnvironmentVariable("CI"));

        private static bool IsSet(string? value) =>
            string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || value == "1";
    }
}

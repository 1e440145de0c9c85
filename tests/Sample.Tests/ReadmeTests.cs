using System;
using System.IO;
using Dataset.Sample.Export;
using Xunit;

namespace Dataset.Sample.Tests;

public sealed class ReadmeTests
{
    [Fact]
    public void The_readme_shows_the_sqlite_schema_the_export_creates()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Contains("```sql\n" + SqliteExport.Schema.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n```", readme);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Dataset.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("No Dataset.sln above " + AppContext.BaseDirectory);
    }
}

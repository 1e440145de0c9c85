using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security;
using Dataset.Tests.Support;
using Xunit;

namespace Dataset.Tests.EndToEnd
{
    /// <summary>
    /// Packs the Dataset package once per test run, with a version no earlier run used, into a feed in a temporary
    /// folder; consumer projects are written next to it. Restores go to a package folder of their own, so nothing of
    /// this run is left in the machine's NuGet cache, and a re-pack can never be shadowed by a cached copy.
    /// </summary>
    public sealed class PackedPackage : IDisposable
    {
        public PackedPackage()
        {
            Root = Path.Combine(Path.GetTempPath(), "dataset-e2e-" + Guid.NewGuid().ToString("N").Substring(0, 12));
            Directory.CreateDirectory(Feed);
            Directory.CreateDirectory(Consumers);

            // The runtime is built from the same VersionPrefix (Directory.Build.props) that the pack starts from.
            Version assembly = typeof(Article).Assembly.GetName().Version!;
            Version = $"{assembly.Major}.{assembly.Minor}.{assembly.Build}-e2e.{DateTime.UtcNow.Ticks}";

            // The pack builds into its own artifacts folder, so the repository's bin/ and obj/ (in use by this very
            // test run) are left alone. It restores the repository's own dependencies from the usual cache.
            PackResult = DotNetCli.Run(
                Repository.Root,
                new Dictionary<string, string?>(),
                "pack", Path.Combine(Repository.Root, "runtime", "Dataset.Runtime.csproj"),
                "-c", "Release",
                "-o", Feed,
                "-p:Version=" + Version,
                "--artifacts-path", Path.Combine(Root, "artifacts"),
                "-warnaserror", "-nologo", "-tl:off", "-nodeReuse:false");
            PackagePath = Path.Combine(Feed, "Dataset." + Version + ".nupkg");

            // No <clear/>: the machine's own sources (nuget.org here) still apply, with this run's feed added. The
            // machine's package cache is only read, as a fallback folder; restores write to Packages.
            string fallback = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
                ? configured
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            File.WriteAllText(Path.Combine(Consumers, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="dataset-e2e" value="{SecurityElement.Escape(Feed)}" />
                  </packageSources>
                  <fallbackPackageFolders>
                    {(Directory.Exists(fallback) ? $"<add key=\"machine-cache\" value=\"{SecurityElement.Escape(fallback)}\" />" : string.Empty)}
                  </fallbackPackageFolders>
                </configuration>
                """);

            // Consumers must not inherit anything from folders above the temporary one, and use the repository's SDK.
            File.WriteAllText(Path.Combine(Consumers, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(Consumers, "Directory.Build.targets"), "<Project />");
            File.Copy(Path.Combine(Repository.Root, "global.json"), Path.Combine(Consumers, "global.json"));
        }

        /// <summary>The temporary folder holding everything this run creates; deleted at the end.</summary>
        public string Root { get; }

        public string Feed => Path.Combine(Root, "feed");

        public string Consumers => Path.Combine(Root, "consumers");

        public string Packages => Path.Combine(Root, "packages");

        /// <summary>e.g. <c>0.1.0-e2e.638999999999999999</c>.</summary>
        public string Version { get; }

        internal CommandResult PackResult { get; }

        public string PackagePath { get; }

        /// <summary>Fails the calling test, with the pack's output, when the pack did not produce the package.</summary>
        public void AssertPacked() =>
            Assert.True(PackResult.ExitCode == 0 && File.Exists(PackagePath), "dotnet pack failed:" + Environment.NewLine + PackResult);

        /// <summary>An empty folder for one consumer project, under the folder holding nuget.config.</summary>
        internal ConsumerProject CreateConsumer(string name)
        {
            string directory = Path.Combine(Consumers, name);
            Directory.CreateDirectory(directory);
            return new ConsumerProject(this, directory);
        }

        /// <summary>Runs <c>dotnet</c> with restores isolated in <see cref="Packages"/>.</summary>
        internal CommandResult DotNet(string workingDirectory, params string[] arguments) =>
            DotNetCli.Run(workingDirectory, new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Packages }, arguments);

        public void Dispose()
        {
            if (Environment.GetEnvironmentVariable("DATASET_E2E_KEEP") == "1")
            {
                Trace.WriteLine("Kept " + Root);
                return;
            }

            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is harmless: its version and package folder are used by no other run.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>One consumer project folder: files are written into it, and it is built and run with the CLI.</summary>
    internal sealed class ConsumerProject(PackedPackage package, string directory)
    {
        public string Directory { get; } = directory;

        public string Name => Path.GetFileName(Directory);

        public ConsumerProject Write(string relativePath, string text)
        {
            File.WriteAllText(CreatePath(relativePath), text.Replace("$(DatasetPackageVersion)", package.Version, StringComparison.Ordinal));
            return this;
        }

        public ConsumerProject CopyRealSeed(string relativePath) => Write(relativePath, Repository.RealSeedText);

        /// <summary>The project file of a net10.0 console app that references the package, with these extra properties.</summary>
        public ConsumerProject WriteAppProject(params string[] properties) => Write(Name + ".csproj", $$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                {{string.Concat(properties)}}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Dataset" Version="[$(DatasetPackageVersion)]" />
              </ItemGroup>
            </Project>
            """);

        /// <summary>Writes the bytes as they are: seeds that are not UTF-8, or not text.</summary>
        public ConsumerProject WriteBytes(string relativePath, byte[] bytes)
        {
            File.WriteAllBytes(CreatePath(relativePath), bytes);
            return this;
        }

        private string CreatePath(string relativePath)
        {
            string path = Path.Combine(Directory, relativePath.Replace('/', Path.DirectorySeparatorChar));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return path;
        }

        /// <summary><c>dotnet build</c> with every warning (compiler, NuGet, MSBuild) an error, unless told otherwise.</summary>
        public CommandResult Build(bool warningsAsErrors = true)
        {
            var arguments = new List<string> { "build", Name + ".csproj", "-nologo", "-tl:off", "-nodeReuse:false" };
            if (warningsAsErrors)
            {
                arguments.Add("-warnaserror");
            }

            return package.DotNet(Directory, arguments.ToArray());
        }

        /// <summary>Builds (failing the test with the build output if it fails) and runs the built program.</summary>
        public CommandResult BuildAndRun()
        {
            CommandResult build = Build();
            Assert.True(build.ExitCode == 0, "The consumer did not build:" + Environment.NewLine + build);
            CommandResult run = Run();
            Assert.True(run.ExitCode == 0, "The consumer failed:" + Environment.NewLine + run + Environment.NewLine + build);
            return run;
        }

        /// <summary>Runs the program a successful <see cref="Build"/> wrote.</summary>
        public CommandResult Run(params string[] arguments) =>
            package.DotNet(Directory, new[] { Path.Combine(Directory, "bin", "Debug", "net10.0", Name + ".dll") }.Concat(arguments).ToArray());
    }

    [CollectionDefinition(Name)]
    public sealed class EndToEndCollection : ICollectionFixture<PackedPackage>
    {
        public const string Name = "EndToEnd";
    }
}

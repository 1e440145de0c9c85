using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Xunit;
using Xunit.Abstractions;

namespace Dataset.Tests.EndToEnd
{
    /// <summary>The packed .nupkg: every file where NuGet and the compiler look for it, and nothing else.</summary>
    [Collection(EndToEndCollection.Name)]
    [Trait("Category", "EndToEnd")]
    public sealed class PackageLayoutTests(PackedPackage package, ITestOutputHelper log)
    {
        [Fact]
        public void Package_holds_the_runtime_the_generator_with_yamldotnet_and_the_msbuild_conventions_and_nothing_else()
        {
            log.WriteLine($"{package.PackResult.CommandLine}: exit {package.PackResult.ExitCode} in {package.PackResult.Elapsed.TotalSeconds:F1} s");
            package.AssertPacked();
            using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);
            string[] files = zip.Entries
                .Select(e => e.FullName)
                .Where(name => !name.StartsWith("package/services/metadata/core-properties/", StringComparison.Ordinal) || !name.EndsWith(".psmdcp", StringComparison.Ordinal))
                .OrderBy(name => name, StringComparer.Ordinal)
                .ToArray();

            Assert.Equal(
                new[]
                {
                    "Dataset.nuspec",
                    "README.md",
                    "[Content_Types].xml",
                    "_rels/.rels",
                    "analyzers/dotnet/cs/Dataset.Generator.dll",
                    "analyzers/dotnet/cs/YamlDotNet.dll",
                    "buildTransitive/Dataset.props",
                    "buildTransitive/Dataset.targets",
                    "lib/net10.0/Dataset.Runtime.dll",
                    "lib/net10.0/Dataset.Runtime.xml",
                    "lib/netstandard2.0/Dataset.Runtime.dll",
                    "lib/netstandard2.0/Dataset.Runtime.xml",
                },
                files);
            Assert.Single(zip.Entries, e => e.FullName.EndsWith(".psmdcp", StringComparison.Ordinal));
        }

        [Fact]
        public void Nuspec_describes_one_package_whose_only_dependency_is_system_memory_on_netstandard()
        {
            package.AssertPacked();
            using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);
            using Stream stream = zip.GetEntry("Dataset.nuspec")!.Open();
            XElement metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

            Assert.Equal("Dataset", Value("id"));
            Assert.Equal(package.Version, Value("version"));
            Assert.Equal("MIT", Value("license"));
            Assert.Equal("README.md", Value("readme"));
            Assert.Contains("source-generator", Value("tags").Split(' '));
            Assert.False(string.IsNullOrWhiteSpace(Value("description")));
            Assert.Equal("git", metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("type")?.Value);

            // The runtime reads spans (System.Memory on netstandard2.0, built in on net10.0); the generator's own
            // references (Roslyn, YamlDotNet) are not dependencies.
            XElement dependencies = metadata.Elements().Single(e => e.Name.LocalName == "dependencies");
            Assert.Equal(new[] { ".NETStandard2.0", "net10.0" }, dependencies.Elements().Select(g => g.Attribute("targetFramework")!.Value).OrderBy(t => t, StringComparer.Ordinal));
            string[] Dependencies(string framework) => dependencies.Elements()
                .Single(g => g.Attribute("targetFramework")!.Value == framework)
                .Elements().Select(d => d.Attribute("id")!.Value).ToArray();
            Assert.Equal(new[] { "System.Memory" }, Dependencies(".NETStandard2.0"));
            Assert.Empty(Dependencies("net10.0"));
        }

        [Fact]
        public void Packed_generator_loads_in_the_net_8_sdk_compiler_and_finds_its_yamldotnet()
        {
            package.AssertPacked();
            using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);
            (string Name, Version Version)[] references = AssemblyReferences(zip, "analyzers/dotnet/cs/Dataset.Generator.dll");

            // The .NET 8 SDK's compiler is Roslyn 4.8: a generator referencing anything newer is dropped with CS9057.
            Version roslyn = references.Single(r => r.Name == "Microsoft.CodeAnalysis").Version;
            Assert.True(roslyn <= new Version(4, 8, 0, 0), "Dataset.Generator references Microsoft.CodeAnalysis " + roslyn);
            Assert.Equal(roslyn, references.Single(r => r.Name == "Microsoft.CodeAnalysis.CSharp").Version);

            // The compiler resolves YamlDotNet next to the generator, so the packed copy must be the referenced version.
            Version yaml = references.Single(r => r.Name == "YamlDotNet").Version;
            Assert.Equal(yaml, AssemblyVersion(zip, "analyzers/dotnet/cs/YamlDotNet.dll"));
        }

        private static (string Name, Version Version)[] AssemblyReferences(ZipArchive zip, string entry)
        {
            using var pe = new PEReader(new MemoryStream(Read(zip, entry)));
            MetadataReader reader = pe.GetMetadataReader();
            return reader.AssemblyReferences
                .Select(handle => reader.GetAssemblyReference(handle))
                .Select(reference => (reader.GetString(reference.Name), reference.Version))
                .ToArray();
        }

        private static Version AssemblyVersion(ZipArchive zip, string entry)
        {
            using var pe = new PEReader(new MemoryStream(Read(zip, entry)));
            return pe.GetMetadataReader().GetAssemblyDefinition().Version;
        }

        private static byte[] Read(ZipArchive zip, string entry)
        {
            using Stream stream = zip.GetEntry(entry)!.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}

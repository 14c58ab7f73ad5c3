using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace ContentGen.PackageTests
{
    /// <summary>
    /// Packs ContentGen, ContentGen.Testing and ContentGen.Tool once per test run into a temporary feed and gives each test a folder to make consumer
    /// projects in. Consumers restore only from that feed, into their own package cache, so a stale cached copy of
    /// the package can never be tested by mistake.
    /// </summary>
    public sealed class PackageFixture : IDisposable
    {
        public PackageFixture()
        {
            Root = Path.Combine(Path.GetTempPath(), "contentgen-package-tests-" + Guid.NewGuid().ToString("N"));
            Feed = Path.Combine(Root, "feed");
            Directory.CreateDirectory(Feed);
            RepositoryRoot = FindRepositoryRoot();
            SeedText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "content", SeedFileName));

            DotNet = new DotNet(new Dictionary<string, string?>
            {
                ["NUGET_PACKAGES"] = Path.Combine(Root, "nuget-packages"),
                ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
                ["DOTNET_NOLOGO"] = "1",
                ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
                ["MSBUILDDISABLENODEREUSE"] = "1",
                ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
                ["DOTNET_CLI_UI_LANGUAGE"] = "en",
            });

            Files.Write(Path.Combine(Root, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="contentgen-test-feed" value="{Feed}" />
                  </packageSources>
                </configuration>
                """);

            // The pack builds in its own artifacts folder with the user's package cache, so it never rewrites the
            // restore state of the repository's projects, which other test projects may be building meanwhile.
            var packer = new DotNet(new Dictionary<string, string?>
            {
                ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
                ["DOTNET_NOLOGO"] = "1",
                ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
                ["MSBUILDDISABLENODEREUSE"] = "1",
                ["DOTNET_CLI_UI_LANGUAGE"] = "en",
            });
            foreach (string project in new[] { "ContentGen", "ContentGen.Testing", "ContentGen.Tool" })
            {
                CommandResult pack = packer.Run(
                    RepositoryRoot,
                    "pack",
                    Path.Combine("src", project, project + ".csproj"),
                    "-c",
                    "Release",
                    "-o",
                    Feed,
                    "-nologo",
                    "-p:ArtifactsPath=" + Path.Combine(Root, "pack-artifacts") + Path.DirectorySeparatorChar);
                if (!pack.Succeeded)
                {
                    throw new InvalidOperationException(pack.ToString());
                }
            }

            Package = PackageFile("ContentGen");
            TestingPackage = PackageFile("ContentGen.Testing");
            ToolPackage = PackageFile("ContentGen.Tool");
        }

        public const string SeedFileName = "no-luc-hoan-thanh-cac-nhiem-vu-trong-tam.txt";

        /// <summary>The temporary folder holding the feed, the package cache and the consumer projects.</summary>
        public string Root { get; }

        /// <summary>The local feed the package was packed into.</summary>
        public string Feed { get; }

        /// <summary>The packed ContentGen .nupkg.</summary>
        public string Package { get; }

        /// <summary>The packed ContentGen.Testing .nupkg.</summary>
        public string TestingPackage { get; }

        /// <summary>The packed ContentGen.Tool .nupkg (the contentgen command).</summary>
        public string ToolPackage { get; }

        /// <summary>The global packages folder the repository restored into, or null when there is none to reuse.</summary>
        public static string? RestoredPackages
        {
            get
            {
                string folder = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } set
                    ? set
                    : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
                return Directory.Exists(folder) ? folder : null;
            }
        }

        /// <summary>The version the repository's projects use of package <paramref name="id"/> (Directory.Packages.props).</summary>
        public string CentralVersion(string id)
        {
            XDocument props = XDocument.Load(Path.Combine(RepositoryRoot, "Directory.Packages.props"));
            return props.Descendants("PackageVersion").Single(p => (string?)p.Attribute("Include") == id).Attribute("Version")!.Value;
        }

        public string RepositoryRoot { get; }

        public string SeedText { get; }

        public DotNet DotNet { get; }

        /// <summary>
        /// Writes a nuget.config into <paramref name="solution"/>: ContentGen packages come only from the test feed;
        /// everything else from the packages the repository restored (the same versions), then from nuget.org.
        /// </summary>
        public void WriteSources(string solution)
        {
            string? restored = RestoredPackages;
            string restoredSource = restored is null ? string.Empty : $"""<add key="restored" value="{restored}" />""";
            string restoredMapping = restored is null ? string.Empty : """<packageSource key="restored"><package pattern="*" /></packageSource>""";
            Files.Write(Path.Combine(solution, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="contentgen-test-feed" value="{Feed}" />
                    {restoredSource}
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                  </packageSources>
                  <packageSourceMapping>
                    <packageSource key="contentgen-test-feed"><package pattern="ContentGen" /><package pattern="ContentGen.*" /></packageSource>
                    {restoredMapping}
                    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
                  </packageSourceMapping>
                </configuration>
                """);
        }

        /// <summary>A new, empty folder for one test's projects.</summary>
        public string NewFolder(string name)
        {
            string folder = Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            Directory.CreateDirectory(folder);
            return folder;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A build server may still hold a file; the folder is in the temp area.
            }
        }

        // "ContentGen.0.1.0.nupkg" for "ContentGen", not "ContentGen.Testing.0.1.0.nupkg".
        private string PackageFile(string id) =>
            Directory.GetFiles(Feed, id + ".*.nupkg").Single(file => char.IsDigit(Path.GetFileName(file)[id.Length + 1]) && !file.EndsWith(".symbols.nupkg", StringComparison.Ordinal));

        private static string FindRepositoryRoot()
        {
            for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ContentGen.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("The tests run from the repository's artifacts folder; ContentGen.sln was not found above it.");
        }
    }

    /// <summary>Package tests build real projects; they share one pack and run one at a time.</summary>
    [CollectionDefinition(Name)]
    public sealed class PackageCollection : ICollectionFixture<PackageFixture>
    {
        public const string Name = "package";
    }
}

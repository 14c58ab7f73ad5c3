using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ContentGen.Benchmarks.Build
{
    /// <summary>How a consumer project carries its articles.</summary>
    internal enum ArticleCarrier
    {
        /// <summary>A package reference to ContentGen, packed from this repository: articles become generated C#.</summary>
        ContentGen,

        /// <summary>The article files as embedded resources, without ContentGen.</summary>
        EmbeddedResource,
    }

    /// <summary>
    /// A net10.0 console project with synthetic articles under content/, in its own temporary folder with its own
    /// package cache and a nuget.config that sees only a local feed, restored once and then built on demand.
    /// </summary>
    internal sealed class ConsumerProject : IDisposable
    {
        private readonly string _root;
        private readonly string _project;
        private readonly DotNetCli _dotnet;

        private ConsumerProject(string root, string project, DotNetCli dotnet)
        {
            _root = root;
            _project = project;
            _dotnet = dotnet;
        }

        public static ConsumerProject Create(ArticleCarrier carrier, int articleCount)
        {
            string repository = RepositoryRoot();
            string root = Path.Combine(Path.GetTempPath(), "contentgen-build-bench-" + Guid.NewGuid().ToString("N"));
            string feed = Path.Combine(root, "feed");
            string app = Path.Combine(root, "app");
            Directory.CreateDirectory(feed);

            var environment = new Dictionary<string, string>
            {
                ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
                ["DOTNET_NOLOGO"] = "1",
                ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
                ["DOTNET_CLI_UI_LANGUAGE"] = "en",
            };

            if (carrier == ArticleCarrier.ContentGen)
            {
                // Packed in its own artifacts folder, with the user's package cache (its build needs packages from
                // it), so the repository's own build output is left alone.
                new DotNetCli(environment).Run(
                    repository,
                    "pack",
                    Path.Combine(repository, "src", "ContentGen", "ContentGen.csproj"),
                    "-c",
                    "Release",
                    "-o",
                    feed,
                    "-nologo",
                    "-v",
                    "q",
                    "-p:ArtifactsPath=" + Path.Combine(root, "pack-artifacts") + Path.DirectorySeparatorChar);
            }

            // The consumer restores from the local feed only, into a package cache of its own, so it can only get the
            // package just packed; the same SDK selection as the repository's.
            environment["NUGET_PACKAGES"] = Path.Combine(root, "packages");
            File.Copy(Path.Combine(repository, "global.json"), Path.Combine(root, "global.json"));
            Write(Path.Combine(root, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);

            string articles = carrier == ArticleCarrier.ContentGen
                ? "<PackageReference Include=\"ContentGen\" Version=\"*-*\" />"
                : "<EmbeddedResource Include=\"content/**/*.txt\" />";
            Write(Path.Combine(app, "App.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <RootNamespace>App</RootNamespace>
                  </PropertyGroup>
                  <ItemGroup>
                    {articles}
                  </ItemGroup>
                </Project>
                """);

            // Each program uses its articles, so a build that did not generate them fails instead of being measured.
            Write(Path.Combine(app, "Program.cs"), carrier == ArticleCarrier.ContentGen
                ? "System.Console.WriteLine(App.Content.Articles.All.Count);\n"
                : "System.Console.WriteLine(typeof(Program).Assembly.GetManifestResourceNames().Length);\n");
            SyntheticCorpus.Write(Path.Combine(app, "content"), articleCount);

            var dotnet = new DotNetCli(environment);
            string project = Path.Combine(app, "App.csproj");
            dotnet.Run(root, "restore", project, "-nologo", "-v", "q");
            return new ConsumerProject(root, project, dotnet);
        }

        /// <summary>
        /// A full rebuild, as after a clean checkout: every target runs and the compiler compiles everything. MSBuild
        /// node reuse and the compiler server stay on, as for any user, so after the first build they are warm.
        /// </summary>
        public void Build() => _dotnet.Run(_root, "build", _project, "--no-restore", "--no-incremental", "-nologo", "-v", "q");

        public void Dispose()
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // A build node may still hold a file; the folder is in the temp area.
            }
        }

        // The benchmark runs from the repository's artifacts folder: the repository is the folder above holding the solution.
        private static string RepositoryRoot()
        {
            for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "ContentGen.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException("ContentGen.sln was not found above " + AppContext.BaseDirectory + ".");
        }

        private static void Write(string path, string text)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, new UTF8Encoding(false));
        }
    }
}

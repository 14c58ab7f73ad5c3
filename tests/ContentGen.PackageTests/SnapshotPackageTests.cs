using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Xunit;

namespace ContentGen.PackageTests
{
    /// <summary>
    /// ContentGen.Testing as a user meets it: a new xunit project adds ContentGen and ContentGen.Testing from the
    /// local feed and snapshot-tests its content folder with one line of code; a content edit fails that test with a
    /// diff; accepting the edit makes it pass again.
    /// </summary>
    [Collection(PackageCollection.Name)]
    public class SnapshotPackageTests
    {
        /// <summary>The user's whole test file; README's "Snapshot-testing your content" shows it as is.</summary>
        public const string TestFile = """
            using ContentGen.Testing;
            using Xunit;

            namespace News.Tests;

            public class ContentTests
            {
                [Fact]
                public void Content() => ContentGenSnapshot.Verify("content");
            }
            """;

        // What the edit changes in the seed: a metric's value, and a quote made plain text.
        private const string Metric = "145%";
        private const string EditedMetric = "150%";
        private const string Quote = "\"Cán bộ nào phong trào đó. Tiến nhanh, tiến mạnh, tiến vững chắc hay trì trệ là do cán bộ”";
        private const string Unquoted = "cán bộ quyết định phong trào";

        private readonly PackageFixture _fixture;

        public SnapshotPackageTests(PackageFixture fixture) => _fixture = fixture;

        /// <summary>The user's project file, with the packed version and the test packages' versions filled in.</summary>
        public static string ProjectFile(string contentGenVersion, Func<string, string> testPackageVersion) => Project(
            contentGenVersion,
            new[] { "Microsoft.NET.Test.Sdk", "xunit", "xunit.runner.visualstudio" }.Select(id => (id, testPackageVersion(id))));

        /// <summary>A test project that references ContentGen, ContentGen.Testing and <paramref name="testPackages"/>.</summary>
        private static string Project(string contentGenVersion, IEnumerable<(string Id, string Version)> testPackages)
        {
            string references = string.Concat(testPackages.Select(p => $"\n    <PackageReference Include=\"{p.Id}\" Version=\"{p.Version}\" />"));
            return $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <IsPackable>false</IsPackable>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="ContentGen" Version="{contentGenVersion}" />
                    <PackageReference Include="ContentGen.Testing" Version="{contentGenVersion}" />{references}
                  </ItemGroup>
                </Project>
                """;
        }

        [Fact]
        public void Testing_package_holds_the_runner_the_generator_its_core_and_the_targets()
        {
            using ZipArchive zip = ZipFile.OpenRead(_fixture.TestingPackage);
            string[] entries = zip.Entries.Select(e => e.FullName).Where(n => !n.StartsWith("package/", StringComparison.Ordinal) && !n.StartsWith("_rels/", StringComparison.Ordinal) && n != "[Content_Types].xml").OrderBy(n => n, StringComparer.Ordinal).ToArray();

            Assert.Equal(
                new[]
                {
                    "ContentGen.Testing.nuspec",
                    "README.md",
                    "build/ContentGen.Testing.targets",
                    "buildTransitive/ContentGen.Testing.targets",
                    "lib/netstandard2.0/ContentGen.Core.dll",
                    "lib/netstandard2.0/ContentGen.Generator.dll",
                    "lib/netstandard2.0/ContentGen.Testing.dll",
                    "lib/netstandard2.0/ContentGen.Testing.xml",
                },
                entries);
            using StreamReader nuspec = new(zip.GetEntry("ContentGen.Testing.nuspec")!.Open());
            string manifest = nuspec.ReadToEnd();
            Assert.Contains("id=\"Microsoft.CodeAnalysis.CSharp\"", manifest, StringComparison.Ordinal);
            Assert.Contains("id=\"DiffPlex\"", manifest, StringComparison.Ordinal);
            Assert.Contains("id=\"Markdig\"", manifest, StringComparison.Ordinal);
            Assert.Contains("id=\"YamlDotNet\"", manifest, StringComparison.Ordinal);
            Assert.DoesNotContain("ContentGen.Generator", manifest, StringComparison.Ordinal);
        }

        [Fact]
        public void Readme_shows_the_project_and_the_test_this_test_runs()
        {
            string readme = File.ReadAllText(Path.Combine(_fixture.RepositoryRoot, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

            Assert.Contains("```csharp\n" + TestFile.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n```", readme, StringComparison.Ordinal);
            Assert.Contains(
                "```xml\n" + ProjectFile(PackageVersion(_fixture.Package, "ContentGen"), _fixture.CentralVersion).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n```",
                readme,
                StringComparison.Ordinal);
        }

        [Fact]
        public void A_user_snapshot_tests_content_sees_an_edit_as_a_diff_and_accepts_it()
        {
            string seed = _fixture.SeedText;
            Assert.Contains(Metric, seed, StringComparison.Ordinal);
            Assert.Contains(Quote, seed, StringComparison.Ordinal);

            string solution = _fixture.NewFolder("user-snapshots");
            string project = Path.Combine(solution, "News.Tests");
            _fixture.WriteSources(solution);
            Files.Write(Path.Combine(project, "News.Tests.csproj"), ProjectFile(PackageVersion(_fixture.Package, "ContentGen"), _fixture.CentralVersion));
            Files.Write(Path.Combine(project, "ContentTests.cs"), TestFile);
            string article = Path.Combine(project, "content", PackageFixture.SeedFileName);
            Files.Write(article, seed);
            string verifiedArticle = Path.Combine(project, "ContentTests.Content#Articles.NoLucHoanThanhCacNhiemVuTrongTam.g.verified.cs");
            string receivedArticle = Path.ChangeExtension(Path.ChangeExtension(verifiedArticle, null), ".received.cs");

            // No snapshot yet: the test fails on the missing file, and CI never accepts, even when asked to.
            CommandResult inCi = Test(project, accept: true, ci: true);
            Assert.False(inCi.Succeeded, inCi.ToString());
            Assert.Contains("Missing verified file " + verifiedArticle, inCi.Output, StringComparison.Ordinal);
            Assert.False(File.Exists(verifiedArticle), "CI accepted a snapshot");
            Assert.True(File.Exists(receivedArticle), "no received file was written");

            // Accepting writes the verified files next to the test; the next plain run passes. They are not compiled
            // into the test project, although they are C# and hold the same types the package generates in it.
            CommandResult accept = Test(project, accept: true, ci: false);
            Assert.True(accept.Succeeded, accept.ToString());
            Assert.True(File.Exists(verifiedArticle), "accepting wrote no verified file");
            Assert.False(File.Exists(receivedArticle), "the received file outlived an accepted run");
            CommandResult pass = Test(project, accept: false, ci: false);
            Assert.True(pass.Succeeded, pass.ToString());

            // The content changes: a metric's value and a quote. The test fails with a unified diff naming the members.
            Files.Write(article, seed.Replace(Metric, EditedMetric).Replace(Quote, Unquoted));
            CommandResult changed = Test(project, accept: false, ci: false);
            Assert.False(changed.Succeeded, changed.ToString());
            string[] lines = changed.Output.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
            Assert.Contains("Mismatch in " + verifiedArticle, changed.Output, StringComparison.Ordinal);
            Assert.Contains("Received output written to " + receivedArticle, changed.Output, StringComparison.Ordinal);
            Assert.True(lines.Any(line => DiffLine(line, '-', "<c>" + Metric + "</c> — Thu ngân sách")), changed.ToString());
            Assert.True(lines.Any(line => DiffLine(line, '+', "<c>" + EditedMetric + "</c> — Thu ngân sách")), changed.ToString());
            Assert.True(lines.Any(line => DiffLine(line, ' ', "ThuNganSach => Article.Metrics[")), changed.ToString());
            Assert.True(lines.Any(line => DiffLine(line, '-', "PhamQuangNghi2 => Article.Quotes[")), changed.ToString());
            Assert.True(File.Exists(receivedArticle), "no received file for the mismatch");

            // Accepting the edit makes the test pass again.
            CommandResult acceptEdit = Test(project, accept: true, ci: false);
            Assert.True(acceptEdit.Succeeded, acceptEdit.ToString());
            Assert.Contains("<c>" + EditedMetric + "</c> — Thu ngân sách", File.ReadAllText(verifiedArticle), StringComparison.Ordinal);
            CommandResult passAgain = Test(project, accept: false, ci: false);
            Assert.True(passAgain.Succeeded, passAgain.ToString());
        }

        // The same one-line test under the other frameworks: package references and test file.
        public static IEnumerable<object[]> OtherFrameworks()
        {
            yield return new object[]
            {
                "NUnit",
                new[] { ("NUnit", "4.4.0"), ("NUnit3TestAdapter", "5.2.0") },
                """
                using ContentGen.Testing;
                using NUnit.Framework;

                namespace News.Tests;

                public class ContentTests
                {
                    [Test]
                    public void Content() => ContentGenSnapshot.Verify("content");
                }
                """,
            };
            yield return new object[]
            {
                "MSTest",
                new[] { ("MSTest.TestFramework", "3.11.1"), ("MSTest.TestAdapter", "3.11.1") },
                """
                using ContentGen.Testing;
                using Microsoft.VisualStudio.TestTools.UnitTesting;

                namespace News.Tests;

                [TestClass]
                public class ContentTests
                {
                    [TestMethod]
                    public void Content() => ContentGenSnapshot.Verify("content");
                }
                """,
            };
        }

        [Theory]
        [MemberData(nameof(OtherFrameworks))]
        public void The_same_test_works_under_other_test_frameworks(string framework, (string Id, string Version)[] packages, string testFile)
        {
            string solution = _fixture.NewFolder("user-" + framework);
            string project = Path.Combine(solution, "News.Tests");
            _fixture.WriteSources(solution);
            Files.Write(
                Path.Combine(project, "News.Tests.csproj"),
                Project(PackageVersion(_fixture.Package, "ContentGen"), packages.Prepend(("Microsoft.NET.Test.Sdk", _fixture.CentralVersion("Microsoft.NET.Test.Sdk")))));
            Files.Write(Path.Combine(project, "ContentTests.cs"), testFile);
            string article = Path.Combine(project, "content", PackageFixture.SeedFileName);
            Files.Write(article, _fixture.SeedText);

            CommandResult accept = Test(project, accept: true, ci: false);
            Assert.True(accept.Succeeded, accept.ToString());
            Assert.True(File.Exists(Path.Combine(project, "ContentTests.Content#Articles.NoLucHoanThanhCacNhiemVuTrongTam.g.verified.cs")), accept.ToString());

            Files.Write(article, _fixture.SeedText.Replace(Metric, EditedMetric));
            CommandResult changed = Test(project, accept: false, ci: false);
            Assert.False(changed.Succeeded, changed.ToString());
            string[] lines = changed.Output.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
            Assert.True(lines.Any(line => DiffLine(line, '+', "<c>" + EditedMetric + "</c> — Thu ngân sách")), changed.ToString());
        }

        // A line of the unified diff in the test output: ' ' (context), '-' or '+', then the line.
        private static bool DiffLine(string line, char mark, string text) =>
            line.Length > 0 && line[0] == mark && line.Contains(text, StringComparison.Ordinal);

        private static string PackageVersion(string package, string id) =>
            Path.GetFileNameWithoutExtension(package).Substring(id.Length + 1);

        private CommandResult Test(string project, bool accept, bool ci) =>
            _fixture.DotNet.With(new Dictionary<string, string?>
            {
                ["CONTENTGEN_ACCEPT"] = accept ? "1" : null,
                ["CI"] = ci ? "true" : null,
            }).Run(project, "test", "-nologo");
    }
}

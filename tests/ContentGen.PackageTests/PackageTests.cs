using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Xunit;

namespace ContentGen.PackageTests
{
    [Collection(PackageCollection.Name)]
    public class PackageTests
    {
        private const string SeedClass = "Articles.NoLucHoanThanhCacNhiemVuTrongTam";
        private const string Title = "Nỗ lực hoàn thành các nhiệm vụ trọng tâm";
        private readonly PackageFixture _fixture;

        public PackageTests(PackageFixture fixture) => _fixture = fixture;

        [Fact]
        public void Package_holds_the_records_the_generator_and_the_msbuild_glue_and_nothing_else()
        {
            using ZipArchive zip = ZipFile.OpenRead(_fixture.Package);
            string[] entries = zip.Entries.Select(e => e.FullName).Where(n => !n.StartsWith("package/", StringComparison.Ordinal) && !n.StartsWith("_rels/", StringComparison.Ordinal) && n != "[Content_Types].xml").OrderBy(n => n, StringComparer.Ordinal).ToArray();

            Assert.Equal(
                new[]
                {
                    "ContentGen.nuspec",
                    "README.md",
                    "analyzers/dotnet/cs/ContentGen.Core.dll",
                    "analyzers/dotnet/cs/ContentGen.Generator.dll",
                    "analyzers/dotnet/cs/ContentGen.Markdig.dll",
                    "analyzers/dotnet/cs/ContentGen.YamlDotNet.dll",
                    "build/ContentGen.props",
                    "build/ContentGen.targets",
                    "buildTransitive/ContentGen.props",
                    "buildTransitive/ContentGen.targets",
                    "lib/netstandard2.0/ContentGen.dll",
                    "lib/netstandard2.0/ContentGen.xml",
                },
                entries);
            Assert.True(File.Exists(Path.ChangeExtension(_fixture.Package, ".snupkg")), "the symbols package is made beside the package");
        }

        [Fact]
        public void New_console_project_with_the_package_compiles_and_prints_the_seed_title()
        {
            string folder = _fixture.NewFolder("new-console");
            string app = Path.Combine(folder, "NewsApp");
            Assert.True(_fixture.DotNet.Run(folder, "new", "console", "-o", app, "--framework", "net10.0").Succeeded);
            CommandResult add = _fixture.DotNet.Run(app, "add", "package", "ContentGen", "--source", _fixture.Feed, "--prerelease");
            Assert.True(add.Succeeded, add.ToString());
            Files.Write(Path.Combine(app, "content", PackageFixture.SeedFileName), _fixture.SeedText);
            Files.Write(Path.Combine(app, "Program.cs"), """
                System.Console.OutputEncoding = System.Text.Encoding.UTF8;
                foreach (var article in NewsApp.Content.Articles.All)
                {
                    System.Console.WriteLine(article.Title);
                }
                """);

            CommandResult build = _fixture.DotNet.Run(app, "build", "-nologo", "-warnaserror");
            Assert.True(build.Succeeded, build.ToString());
            CommandResult run = _fixture.DotNet.Run(app, "run", "--no-build");

            Assert.True(run.Succeeded, run.ToString());
            Assert.Equal(Title, run.Output.Trim());
        }

        [Fact]
        public void Naming_a_member_the_content_does_not_have_fails_with_CS0117()
        {
            Consumer consumer = new Consumer(_fixture, _fixture.NewFolder("missing-member"), "Missing").Project().Seed()
                .File("Program.cs", $"System.Console.WriteLine(Missing.Content.{SeedClass}.Metrics.KhongTonTai.Text);\n");

            CommandResult build = consumer.Build();

            Assert.False(build.Succeeded);
            Assert.Contains("error CS0117", build.Output);
            Assert.Contains("KhongTonTai", build.Output);
        }

        [Fact]
        public void Removing_the_sentence_of_a_metric_the_code_uses_breaks_the_build()
        {
            Consumer consumer = new Consumer(_fixture, _fixture.NewFolder("removed-metric"), "Removed").Project().Seed()
                .File("Program.cs", $"System.Console.WriteLine(Removed.Content.{SeedClass}.Metrics.ThuNganSach.Text);\n");
            CommandResult before = consumer.Build();
            Assert.True(before.Succeeded, before.ToString());

            const string sentence = " Thu ngân sách đạt 145% kế hoạch;";
            Assert.Contains(sentence, _fixture.SeedText);
            consumer.File("content/" + PackageFixture.SeedFileName, _fixture.SeedText.Replace(sentence, string.Empty));
            CommandResult after = consumer.Build();

            Assert.False(after.Succeeded);
            Assert.Contains("error CS0117", after.Output);
            Assert.Contains("ThuNganSach", after.Output);
        }

        [Fact]
        public void Namespace_option_and_articles_outside_content_with_the_default_glob_off()
        {
            Consumer consumer = new Consumer(_fixture, _fixture.NewFolder("options"), "Options")
                .Project(extra: """
                      <PropertyGroup>
                        <ContentGenNamespace>Newsroom.Generated</ContentGenNamespace>
                        <EnableDefaultContentGenItems>false</EnableDefaultContentGenItems>
                      </PropertyGroup>
                      <ItemGroup>
                        <ContentGenArticle Include="news/**/*.txt" />
                      </ItemGroup>
                    """)
                .Seed("news/" + PackageFixture.SeedFileName)
                .File("content/bo-qua.txt", "Bài bị bỏ qua\n\nKhông được đọc vì glob mặc định đã tắt.\n")
                .File("Program.cs", $"""
                    System.Console.OutputEncoding = System.Text.Encoding.UTF8;
                    System.Console.WriteLine(Newsroom.Generated.Articles.All.Count);
                    System.Console.WriteLine(Newsroom.Generated.{SeedClass}.Article.Path);
                    System.Console.WriteLine(Newsroom.Generated.Articles.Find("bo-qua") is null);
                    """);

            Assert.True(consumer.Build().Succeeded);
            CommandResult run = consumer.Run();

            Assert.Equal(new[] { "1", "news/" + PackageFixture.SeedFileName, "True" }, Lines(run));
        }

        [Fact]
        public void Other_text_files_given_to_analyzers_are_never_read_as_articles()
        {
            Consumer consumer = new Consumer(_fixture, _fixture.NewFolder("analyzer-files"), "AnalyzerFiles")
                .Project(extra: """
                      <ItemGroup>
                        <AdditionalFiles Include="PublicAPI.Shipped.txt;BannedSymbols.txt" />
                      </ItemGroup>
                    """)
                .Seed()
                .File("PublicAPI.Shipped.txt", "#nullable enable\n\nAnalyzerFiles.Thing\n")
                .File("BannedSymbols.txt", "T:System.Console;Use the logger\n\nM:System.Environment.Exit(System.Int32)\n")
                .File("Program.cs", "System.Console.WriteLine(string.Join(\",\", System.Linq.Enumerable.Select(AnalyzerFiles.Content.Articles.All, a => a.Slug)));\n");

            Assert.True(consumer.Build().Succeeded);

            Assert.Equal(new[] { "no-luc-hoan-thanh-cac-nhiem-vu-trong-tam" }, Lines(consumer.Run()));
        }

        [Fact]
        public void A_library_with_content_and_an_app_with_its_own_content_share_the_records()
        {
            string folder = _fixture.NewFolder("library-and-app");
            Consumer library = new Consumer(_fixture, folder, "NewsLib").Project(outputType: "Library").Seed()
                .File("Catalog.cs", "namespace NewsLib { public static class Catalog { public static ContentGen.Article Seed => NewsLib.Content.Articles.All[0]; } }\n");
            Consumer app = new Consumer(_fixture, folder, "NewsApp")
                .Project(extra: """
                      <ItemGroup>
                        <ProjectReference Include="../NewsLib/NewsLib.csproj" />
                      </ItemGroup>
                    """)
                .File("content/tin-cua-app.txt", "Tin riêng của ứng dụng\n\nTTO - Doanh thu đạt 120% kế hoạch.\n")
                .File("Program.cs", """
                    System.Console.OutputEncoding = System.Text.Encoding.UTF8;
                    ContentGen.Article fromLibrary = NewsLib.Catalog.Seed;
                    ContentGen.Article fromApp = NewsApp.Content.Articles.TinCuaApp.Article;
                    System.Console.WriteLine(NewsLib.Content.Articles.All.Count + " " + NewsApp.Content.Articles.All.Count);
                    System.Console.WriteLine(fromLibrary.GetType() == fromApp.GetType());
                    System.Console.WriteLine(NewsApp.Content.Articles.TinCuaApp.Metrics.DoanhThu.Text);
                    """);
            _ = library;

            CommandResult build = app.Build();
            Assert.True(build.Succeeded, build.ToString());
            CommandResult run = app.Run();

            Assert.Equal(new[] { "1 1", "True", "120%" }, Lines(run));
            Assert.Single(Directory.GetFiles(Path.Combine(app.Directory, "bin"), "ContentGen.dll", SearchOption.AllDirectories));
        }

        [Fact]
        public void A_second_build_with_no_change_skips_the_compiler_and_an_article_edit_rebuilds()
        {
            Consumer consumer = new Consumer(_fixture, _fixture.NewFolder("incremental"), "Incremental").Project().Seed()
                .File("Program.cs", "System.Console.WriteLine(Incremental.Content.Articles.All[0].Metrics.Count);\n");
            Assert.True(consumer.Build().Succeeded);

            CommandResult again = consumer.Build("-v:n");
            Assert.True(again.Succeeded, again.ToString());
            Assert.Contains("Skipping target \"CoreCompile\" because all output files are up-to-date", again.Output);

            consumer.File("content/" + PackageFixture.SeedFileName, _fixture.SeedText.Replace("đạt 145% kế hoạch", "đạt 145% kế hoạch, tăng 9%"));
            CommandResult edited = consumer.Build("-v:n");
            Assert.True(edited.Succeeded, edited.ToString());
            Assert.DoesNotContain("Skipping target \"CoreCompile\"", edited.Output);
            Assert.Equal(new[] { "4" }, Lines(consumer.Run()));
        }

        [Theory]
        [InlineData("embedded", "", "latest", "ContentGen/content/" + PackageFixture.SeedFileName + ";ContentGen/content/tin/crlf.txt;ContentGen/content/tin/utf16.txt")]
        [InlineData("in-code", "<ContentGenEmbedArticles>false</ContentGenEmbedArticles>", "latest", "")]
        [InlineData("csharp-7-3", "<Nullable>disable</Nullable>", "7.3", "ContentGen/content/" + PackageFixture.SeedFileName + ";ContentGen/content/tin/crlf.txt;ContentGen/content/tin/utf16.txt")]
        public void Articles_read_the_same_whether_their_files_are_embedded_or_their_text_is_in_code(string name, string property, string languageVersion, string resources)
        {
            Consumer consumer = new Consumer(_fixture, _fixture.NewFolder("embedding-" + name), "Embedding")
                .Project(extra: $"""
                      <PropertyGroup>
                        <LangVersion>{languageVersion}</LangVersion>
                        {property}
                      </PropertyGroup>
                    """)
                .Seed()
                .File("content/tin/crlf.txt", "\uFEFFTin có BOM và CRLF\r\n\r\nTTO - Doanh thu đạt 12 tỷ đồng, tăng 5%.\r\n")
                .File("Program.cs", """
                    class Program
                    {
                        static void Main()
                        {
                            System.Console.OutputEncoding = System.Text.Encoding.UTF8;
                            foreach (ContentGen.Article article in Embedding.Content.Articles.All)
                            {
                                System.Console.WriteLine(article.Slug + " | " + article.Title + " | " + article.Lead.Text.Length + " | " + article.Metrics.Count);
                            }

                            System.Console.WriteLine(Embedding.Content.Articles.Crlf.Metrics.DoanhThu.Text);
                            string[] names = typeof(Program).Assembly.GetManifestResourceNames();
                            System.Array.Sort(names, System.StringComparer.Ordinal);
                            System.Console.WriteLine("resources: " + string.Join(";", names));
                        }
                    }
                    """);
            // Not UTF-8: the runtime reads embedded files as UTF-8, so this article carries its text whatever the setting.
            File.WriteAllBytes(
                Path.Combine(consumer.Directory, "content", "tin", "utf16.txt"),
                System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes("Tin UTF-16\n\nGiá cao hơn 7%.\n")).ToArray());

            CommandResult build = consumer.Build();
            Assert.True(build.Succeeded, build.ToString());
            string[] lines = Lines(consumer.Run());

            Assert.Equal(
                new[]
                {
                    "no-luc-hoan-thanh-cac-nhiem-vu-trong-tam | " + Title + " | " + _fixture.SeedText.Split('\n')[2].Trim().Length + " | 3",
                    "crlf | Tin có BOM và CRLF | 40 | 2",
                },
                lines.Take(2));
            Assert.Equal("utf16 | Tin UTF-16 | 15 | 1", lines[2]);
            Assert.Equal("12 tỷ đồng", lines[3]);
            Assert.Equal(("resources: " + resources).Trim(), lines[4]);
        }

        [Fact]
        public void An_older_compiler_gets_a_clear_build_error()
        {
            Consumer consumer = new Consumer(_fixture, _fixture.NewFolder("old-compiler"), "OldCompiler").Project().Seed()
                .File("Program.cs", "System.Console.WriteLine(OldCompiler.Content.Articles.All.Count);\n");

            CommandResult build = consumer.Build("-p:ContentGenCompilerVersion=4.7.0");

            Assert.False(build.Succeeded);
            Assert.Contains("error CG1001", build.Output);
            Assert.Contains("needs the C# compiler 4.8 or later", build.Output);
            Assert.DoesNotContain("error CS", build.Output);
        }

        private static string[] Lines(CommandResult result)
        {
            Assert.True(result.Succeeded, result.ToString());
            return result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
    }
}

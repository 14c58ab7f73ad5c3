using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace ContentGen.PackageTests
{
    /// <summary>Markdown articles with front matter, as a consumer of the packed package meets them.</summary>
    [Collection(PackageCollection.Name)]
    public class MarkdownPackageTests
    {
        private const string Markdown = """
            ---
            title: Giá xăng giảm mạnh
            slug: gia-xang-giam-manh
            date: 2025-07-14T08:30:00+07:00
            author: [Văn Khải, Thu Hà]
            tags: [giá xăng, kinh tế]
            category: Kinh tế
            summary: Giá xăng giảm 5% từ chiều nay.
            source_url: https://example.vn/a
            ---
            # Giá xăng giảm mạnh

            TTO - Sáng nay (14-7), giá xăng giảm **5%**. Doanh thu đạt [120 tỷ đồng](https://example.vn/b).

            ![Cây xăng ở Hà Nội. Ảnh: Hải Nam](cay-xang.jpg)

            ## Thị trường

            “Giá sẽ còn giảm trong tháng tới”, ông Trần Văn Khải cho biết.

            """;

        private const string PrintMarkdown = """
            System.Console.OutputEncoding = System.Text.Encoding.UTF8;
            var a = {0}.Content.Articles.GiaXangGiamManh.Article;
            System.Console.WriteLine({0}.Content.Articles.All.Count);
            System.Console.WriteLine(a.PublishedAt!.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            System.Console.WriteLine(string.Join("|", a.Authors));
            System.Console.WriteLine(string.Join("|", a.Tags));
            System.Console.WriteLine(a.Metadata["source_url"]);
            System.Console.WriteLine(a.Sections[1].Kind + "|" + a.Sections[1].ImageUrl);
            System.Console.WriteLine(a.Sections[2].Kind + "|" + a.Sections[2].Text);
            System.Console.WriteLine({0}.Content.Articles.GiaXangGiamManh.Metrics.GiaXang.Text);
            System.Console.WriteLine({0}.Content.Articles.NoLucHoanThanhCacNhiemVuTrongTam.Metrics.ThuNganSach.Text);
            """;

        private static readonly string[] Expected =
        {
            "2", "2025-07-14T08:30:00.0000000+07:00", "Văn Khải|Thu Hà", "giá xăng|kinh tế", "https://example.vn/a",
            "Caption|cay-xang.jpg", "Heading|Thị trường", "5%", "145%",
        };

        private readonly PackageFixture _fixture;

        public MarkdownPackageTests(PackageFixture fixture) => _fixture = fixture;

        [Fact]
        public void A_markdown_article_with_front_matter_beside_the_seed_builds_with_no_warning_and_gives_its_typed_values()
        {
            Consumer consumer = new Consumer(_fixture, _fixture.NewFolder("markdown"), "MarkdownNews")
                .Project()
                .Seed()
                .File("content/gia-xang.md", Markdown)
                .File("content/README.md", "# Ghi chú\n\nKhông phải bài báo.\n")
                .File("content/_nhap.md", "# Bản nháp\n\nChưa đăng.\n")
                .File("Program.cs", PrintMarkdown.Replace("{0}", "MarkdownNews", StringComparison.Ordinal));

            CommandResult build = consumer.Build("-warnaserror");

            Assert.True(build.Succeeded, build.ToString());
            Assert.Contains(" 0 Warning(s)", build.Output, StringComparison.Ordinal);
            CommandResult run = consumer.Run();
            Assert.True(run.Succeeded, run.ToString());
            Assert.Equal(Expected, Lines(run.Output));
        }

        [Fact]
        public void Another_analyzer_with_other_versions_of_Markdig_and_YamlDotNet_in_the_same_project_breaks_neither()
        {
            string folder = _fixture.NewFolder("other-analyzer");
            _fixture.WriteSources(folder);
            string other = Path.Combine(folder, "OtherAnalyzer");
            Files.Write(Path.Combine(other, "OtherAnalyzer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>netstandard2.0</TargetFramework>
                    <CopyLocalLockFileAssemblies>true</CopyLocalLockFileAssemblies>
                    <EnforceExtendedAnalyzerRules>true</EnforceExtendedAnalyzerRules>
                    <NoWarn>$(NoWarn);RS1035;RS1036;NU1701</NoWarn>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Microsoft.CodeAnalysis.CSharp" Version="{_fixture.CentralVersion("Microsoft.CodeAnalysis.CSharp")}" PrivateAssets="all" />
                    <PackageReference Include="Markdig" Version="{OtherMarkdig}" />
                    <PackageReference Include="YamlDotNet" Version="{OtherYamlDotNet}" />
                  </ItemGroup>
                </Project>
                """);
            Files.Write(Path.Combine(other, "OtherGenerator.cs"), """
                using Microsoft.CodeAnalysis;

                [Generator]
                public sealed class OtherGenerator : IIncrementalGenerator
                {
                    public void Initialize(IncrementalGeneratorInitializationContext context) =>
                        context.RegisterPostInitializationOutput(output =>
                        {
                            string html = Markdig.Markdown.ToHtml("**đậm**").Trim();
                            var yaml = new YamlDotNet.Serialization.DeserializerBuilder().Build().Deserialize<System.Collections.Generic.Dictionary<string, string>>("khoa: gia tri");
                            string text = html + "|" + yaml["khoa"] + "|" + typeof(Markdig.Markdown).Assembly.GetName().Version + "|" + typeof(YamlDotNet.Core.Parser).Assembly.GetName().Version;
                            output.AddSource("Other.g.cs", "internal static class OtherGenerated { public const string Text = \"" + text.Replace("\"", "\\\"") + "\"; }");
                        });
                }
                """);
            CommandResult otherBuild = _fixture.DotNet.Run(other, "build", "-nologo", "-c", "Release", "-o", Path.Combine(other, "out"));
            Assert.True(otherBuild.Succeeded, otherBuild.ToString());

            string output = Path.Combine(other, "out");
            Consumer consumer = new Consumer(_fixture, folder, "TwoAnalyzers")
                .Project(extra: $"""
                      <ItemGroup>
                        <Analyzer Include="{Path.Combine(output, "OtherAnalyzer.dll")}" />
                        <Analyzer Include="{Path.Combine(output, "Markdig.dll")}" />
                        <Analyzer Include="{Path.Combine(output, "YamlDotNet.dll")}" />
                      </ItemGroup>
                    """)
                .Seed()
                .File("content/gia-xang.md", Markdown)
                .File("Program.cs", PrintMarkdown.Replace("{0}", "TwoAnalyzers", StringComparison.Ordinal) + "System.Console.WriteLine(OtherGenerated.Text);\n");

            CommandResult build = consumer.Build("-warnaserror");

            Assert.True(build.Succeeded, build.ToString());
            CommandResult run = consumer.Run();
            Assert.True(run.Succeeded, run.ToString());
            string[] lines = Lines(run.Output);
            Assert.Equal(Expected, lines.Take(Expected.Length));

            // Each analyzer ran with its own copies: the other one with the versions it brought.
            Assert.Equal("<p><strong>đậm</strong></p>|gia tri|" + OtherMarkdig + ".0|" + OtherYamlDotNet.Split('.')[0] + ".0.0.0", lines[Expected.Length]);
        }

        [Fact]
        public void Hostile_front_matter_never_stalls_the_build_and_every_article_keeps_its_body()
        {
            var bomb = new StringBuilder("---\na: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
            for (int level = 1; level < 9; level++)
            {
                bomb.Append((char)('a' + level)).Append(": &").Append((char)('a' + level)).Append(" [")
                    .Append(string.Join(", ", Enumerable.Repeat("*" + (char)('a' + level - 1), 9))).Append("]\n");
            }

            bomb.Append("title: Bom bí danh\n---\nĐoạn mở đầu của bài có bom.\n");
            Consumer consumer = new Consumer(_fixture, _fixture.NewFolder("hostile-front-matter"), "HostileFrontMatter")
                .Project()
                .File("content/bom.md", bomb.ToString())
                .File("content/ngoac.md", "---\nx: " + new string('[', 20_000) + new string(']', 20_000) + "\n---\n# Ngoặc lồng nhau\n\nĐoạn mở đầu của bài ngoặc.\n")
                .File("content/the.md", "---\nlenh: !!python/object/apply:os.system [\"rm -rf /\"]\ntep: !<tag:yaml.org,2002:System.IO.FileInfo> /etc/passwd\n---\n# Thẻ kiểu\n\nĐoạn mở đầu của bài thẻ.\n")
                .File("content/dai.md", "---\ndai: " + new string('x', 3 * 1024 * 1024) + "\n---\n# Giá trị dài\n\nĐoạn mở đầu của bài dài.\n")
                .File("Program.cs", """
                    System.Console.OutputEncoding = System.Text.Encoding.UTF8;
                    foreach (var a in HostileFrontMatter.Content.Articles.All)
                    {
                        System.Console.WriteLine(a.Slug + "|" + a.Lead.Text + "|" + (a.Metadata.TryGetValue("tep", out var tep) ? tep : "") + "|" + (a.Metadata.TryGetValue("dai", out var dai) ? dai.Length : 0));
                    }
                    """);

            CommandResult build = consumer.Build("-p:TreatWarningsAsErrors=false");

            Assert.True(build.Succeeded, build.ToString());
            Assert.Contains("ngoac.md(2,", build.Output, StringComparison.Ordinal);
            Assert.Contains("CG0009", build.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("CG9999", build.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("AD0001", build.Output, StringComparison.Ordinal);
            CommandResult run = consumer.Run();
            Assert.True(run.Succeeded, run.ToString());
            Assert.Equal(
                new[]
                {
                    "bom|Đoạn mở đầu của bài có bom.||0",
                    "dai|Đoạn mở đầu của bài dài.||" + (3 * 1024 * 1024),
                    "ngoac|Đoạn mở đầu của bài ngoặc.||0",
                    "the|Đoạn mở đầu của bài thẻ.|/etc/passwd|0",
                },
                Lines(run.Output));
        }

        private const string OtherMarkdig = "0.31.0";

        private const string OtherYamlDotNet = "13.1.1";

        private static string[] Lines(string output) =>
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}

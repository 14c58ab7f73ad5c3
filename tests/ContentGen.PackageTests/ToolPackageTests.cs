using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ContentGen.Tests.Shared;
using Xunit;

namespace ContentGen.PackageTests
{
    /// <summary>
    /// The contentgen tool as a user gets it: installed from the packed ContentGen.Tool, run on the content of a consumer
    /// project beside that project's build, which it must agree with.
    /// </summary>
    [Collection(PackageCollection.Name)]
    public class ToolPackageTests
    {
        private const string HtmlInContent = "Tiêu đề <script>alert(1)</script> lạ\n\nĐoạn mở đầu <img src=x onerror=alert(1)> tăng 5% và “<b>lời</b> nói thật dài của ông”, ông Trần Văn Khải nói.\n";

        // Prints every article as the export writes it, and the member name of every quote and metric the build declared.
        private const string Program = """
            using System.Linq;
            using System.Reflection;
            var options = new System.Text.Json.JsonSerializerOptions
            {
                PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase,
                Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
            };
            System.IO.File.WriteAllText("records.json", System.Text.Json.JsonSerializer.Serialize(ToolConsumer.Content.Articles.All, options));
            var members = new System.Collections.Generic.List<string>();
            foreach (var type in typeof(ToolConsumer.Content.Articles).GetNestedTypes())
            {
                var article = (ContentGen.Article)type.GetProperty("Article")!.GetValue(null)!;
                foreach (var (list, items) in new[] { ("Quotes", article.Quotes.Cast<object>().ToList()), ("Metrics", article.Metrics.Cast<object>().ToList()) })
                {
                    foreach (var property in type.GetNestedType(list)?.GetProperties() ?? new PropertyInfo[0])
                    {
                        object value = property.GetValue(null)!;
                        members.Add(article.Path + "|" + list + "|" + items.FindIndex(i => ReferenceEquals(i, value)) + "|" + property.Name);
                    }
                }
            }

            System.IO.File.WriteAllLines("members.txt", members);
            """;

        private readonly PackageFixture _fixture;

        public ToolPackageTests(PackageFixture fixture) => _fixture = fixture;

        [Fact]
        public void Show_prints_the_member_names_the_generator_gives_and_check_passes_the_seed()
        {
            string tool = Install();
            Consumer consumer = new Consumer(_fixture, _fixture.NewFolder("tool-seed"), "ToolSeed").Project().Seed();

            CommandResult show = Contentgen(tool, consumer, "show", "content/" + PackageFixture.SeedFileName);
            CommandResult check = Contentgen(tool, consumer, "check");

            Assert.True(show.Succeeded, show.ToString());
            Assert.Contains("Metrics.ThuNganSach", show.Output, StringComparison.Ordinal);
            Assert.Contains("Quotes.PhamQuangNghi1", show.Output, StringComparison.Ordinal);
            Assert.Equal(0, check.ExitCode);
            Assert.DoesNotContain(": warning ", check.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Check_export_and_report_agree_with_the_consumer_build_of_the_same_files()
        {
            string tool = Install();
            Consumer consumer = new Consumer(_fixture, _fixture.NewFolder("tool-hostile"), "ToolConsumer")
                .Project()
                .Seed()
                .File("content/html.txt", HtmlInContent)
                .File("content/gia-xang.md", "---\ntitle: Giá xăng giảm\ndate: 2025-07-14T08:30:00+07:00\nauthor: [Văn Khải]\nsource_url: https://example.vn/a\n---\n# Giá xăng\n\nTTO - Giá xăng giảm **5%**.\n\n![Cây xăng. Ảnh: Hải Nam](x.jpg)\n")
                .File("content/bad-date.md", "---\ndate: 14/07/2025\n---\n# Ngày sai\n\nĐoạn mở đầu.\n")
                .File("Program.cs", Program);
            foreach ((string path, string text) in HostileCorpus.Files())
            {
                consumer.File(path, text);
            }

            CommandResult build = consumer.Build("-p:TreatWarningsAsErrors=false");
            Assert.True(build.Succeeded, build.ToString());
            CommandResult run = consumer.Run();
            Assert.True(run.Succeeded, run.ToString());

            // check: exit 1, and the same CG warnings, at the same places, as the build.
            CommandResult check = Contentgen(tool, consumer, "check");
            Assert.Equal(1, check.ExitCode);
            Assert.Equal(BuildWarnings(build.Output, consumer.Directory), Warnings(check.Output));

            // export: every article equals, value by value, the record the build's code reads back.
            CommandResult export = Contentgen(tool, consumer, "export", "-o", "export.json");
            Assert.True(export.Succeeded, export.ToString());
            JsonArray exported = JsonNode.Parse(File.ReadAllText(Path.Combine(consumer.Directory, "export.json")))!.AsArray();
            JsonArray records = JsonNode.Parse(File.ReadAllText(Path.Combine(consumer.Directory, "records.json")))!.AsArray();
            Assert.Equal(records.Select(static r => (string?)r!["path"]), exported.Select(static r => (string?)r!["path"]));
            for (int i = 0; i < records.Count; i++)
            {
                Assert.True(JsonNode.DeepEquals(records[i], exported[i]), $"{records[i]!["path"]}: the export differs from the build's record");
            }

            // report: every mark carries the record's speaker or label and the build's member name; content is only text.
            CommandResult report = Contentgen(tool, consumer, "report");
            Assert.True(report.Succeeded, report.ToString());
            IDocument page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(consumer.Directory, "contentgen-report.html")));
            Dictionary<string, string> members = File.ReadAllLines(Path.Combine(consumer.Directory, "members.txt"))
                .Select(static line => line.Split('|'))
                .ToDictionary(static p => p[0] + "|" + p[1] + "|" + p[2], static p => p[3], StringComparer.Ordinal);
            int marked = 0;
            foreach (JsonNode? record in records)
            {
                string path = (string)record!["path"]!;
                IElement scope = ArticlePart(page, (string)record["id"]!) ?? throw new Xunit.Sdk.XunitException("no part of the page for " + path);
                marked += CheckMarks(scope.QuerySelectorAll("q").ToArray(), record["quotes"]!.AsArray(), path, "Quotes", members, static q => ("data-speaker", (string?)q["speaker"]));
                marked += CheckMarks(scope.QuerySelectorAll("data").ToArray(), record["metrics"]!.AsArray(), path, "Metrics", members, static m => ("data-label", (string?)m["label"]));
            }

            Assert.True(marked > 10, marked + " marks checked");
            Assert.Empty(page.QuerySelectorAll("script, img, iframe, object, embed, link"));
            Assert.DoesNotContain(page.All, static e => e.Attributes.Any(static a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
            Assert.Contains("<script>alert(1)</script>", page.Body!.TextContent, StringComparison.Ordinal);
            Assert.Contains("<img src=x onerror=alert(1)>", page.Body!.TextContent, StringComparison.Ordinal);
        }

        // The part of the page that shows the article: the element anchored by its id (the generated class name).
        private static IElement? ArticlePart(IDocument page, string id) =>
            page.All.FirstOrDefault(e => e.Id is { } anchor && (anchor == id || anchor.EndsWith("-" + id, StringComparison.Ordinal)));

        private static int CheckMarks(IElement[] marks, JsonArray items, string path, string list, Dictionary<string, string> members, Func<JsonNode, (string Attribute, string? Value)> described)
        {
            // Marks are in document order; an item the page could not place in its text is left unmarked, never misnamed.
            int next = 0;
            foreach (IElement mark in marks)
            {
                while (next < items.Count && AsPageText((string?)items[next]!["text"]) != mark.TextContent)
                {
                    next++;
                }

                Assert.True(next < items.Count, $"{path}: the mark “{mark.TextContent}” is none of the article's {list}");
                (string attribute, string? value) = described(items[next]!);
                Assert.Equal(AsPageText(value), mark.GetAttribute(attribute));
                Assert.Equal(members.GetValueOrDefault(path + "|" + list + "|" + next), mark.GetAttribute("data-member"));
                next++;
            }

            return marks.Length;
        }

        // What a page can hold of a text: HTML has no NUL and no lone surrogate, so the page shows U+FFFD for them.
        private static string? AsPageText(string? text)
        {
            if (text is null)
            {
                return null;
            }

            var page = new System.Text.StringBuilder(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                if (pair)
                {
                    page.Append(c).Append(text[++i]);
                }
                else
                {
                    page.Append(c == '\0' || char.IsSurrogate(c) ? '\uFFFD' : c);
                }
            }

            return page.ToString();
        }

        private string Install()
        {
            string tools = _fixture.NewFolder("tool-install");
            CommandResult install = _fixture.DotNet.Run(
                tools, "tool", "install", "ContentGen.Tool", "--tool-path", tools, "--configfile", Path.Combine(_fixture.Root, "nuget.config"));
            Assert.True(install.Succeeded, install.ToString());
            return Path.Combine(tools, OperatingSystem.IsWindows() ? "contentgen.exe" : "contentgen");
        }

        private CommandResult Contentgen(string tool, Consumer consumer, params string[] arguments) =>
            _fixture.DotNet.With(new Dictionary<string, string?> { ["DOTNET_ROOT"] = DotNetRoot() }).Execute(tool, consumer.Directory, arguments);

        // The folder of the dotnet running the tests, so the tool's launcher finds the runtime wherever it is installed.
        private static string DotNetRoot() =>
            Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));

        private static readonly Regex Diagnostic = new(@"^(?<file>.*?)\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|error) (?<id>CG\d{4}): (?<message>.*?)(?: \[[^\]]*\.csproj\])?$", RegexOptions.Multiline);

        private static string[] Warnings(string output) =>
            Diagnostic.Matches(output).Select(static m => Line(m, m.Groups["file"].Value)).Distinct().OrderBy(static l => l, StringComparer.Ordinal).ToArray();

        private static string[] BuildWarnings(string output, string project) =>
            Diagnostic.Matches(output).Select(m => Line(m, Path.GetRelativePath(project, m.Groups["file"].Value).Replace('\\', '/'))).Distinct().OrderBy(static l => l, StringComparer.Ordinal).ToArray();

        private static string Line(Match match, string file) =>
            $"{file}({match.Groups["line"].Value},{match.Groups["column"].Value}): {match.Groups["severity"].Value} {match.Groups["id"].Value}: {match.Groups["message"].Value.TrimEnd()}";
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentGen.Core.Documents;
using ContentGen.Core.Text;
using ContentGen.Testing;
using ContentGen.Tests.Shared;
using Json.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ContentGen.Tool.Tests
{
    /// <summary>
    /// <c>contentgen export</c>: every export the tests make is valid under docs/export.schema.json, the schema names
    /// exactly the records' properties, and the JSON holds, value by value, the records the generator gives the same files.
    /// </summary>
    public class ExportTests
    {
        public static TheoryData<string> CorpusNames() => new(Corpora.Names);

        [Fact]
        public void The_schema_is_a_valid_draft_2020_12_schema()
        {
            using JsonDocument schema = JsonDocument.Parse(File.ReadAllText(ExportSchema.FilePath));

            EvaluationResults results = MetaSchemas.Draft202012.Evaluate(schema.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

            Assert.True(results.IsValid, ExportSchema.Describe(results));
        }

        [Theory]
        [InlineData("article", typeof(Article))]
        [InlineData("section", typeof(Section))]
        [InlineData("quote", typeof(Quote))]
        [InlineData("metric", typeof(Metric))]
        [InlineData("dateline", typeof(Dateline))]
        public void The_schema_names_and_requires_every_property_of_the_record_and_no_other(string definition, Type record)
        {
            JsonObject schema = ExportSchema.Definition(definition);
            string[] expected = record.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToArray();

            Assert.Equal(expected, schema["properties"]!.AsObject().Select(p => p.Key).OrderBy(n => n, StringComparer.Ordinal));
            Assert.Equal(expected, schema["required"]!.AsArray().Select(n => (string)n!).OrderBy(n => n, StringComparer.Ordinal));
            Assert.False((bool)schema["additionalProperties"]!);
            Assert.All(schema["properties"]!.AsObject(), p => Assert.False(string.IsNullOrWhiteSpace((string?)p.Value!["description"]), p.Key + " has no description"));
        }

        [Theory]
        [InlineData("section", typeof(SectionKind))]
        [InlineData("quote", typeof(QuoteKind))]
        [InlineData("metric", typeof(MetricKind))]
        public void The_schema_kind_enum_lists_the_record_enum_names_in_order(string definition, Type kind)
        {
            JsonArray values = ExportSchema.Definition(definition)["properties"]!["kind"]!["enum"]!.AsArray();

            Assert.Equal(Enum.GetNames(kind), values.Select(v => (string)v!));
        }

        [Theory]
        [InlineData("an unknown article property", "$[0]", "extra", "1")]
        [InlineData("a quote kind the enum lacks", "$[0].quotes[0]", "kind", "\"Quote\"")]
        [InlineData("a day written as a string", "$[0].dateline", "day", "\"20\"")]
        [InlineData("a month out of range", "$[0].dateline", "month", "13")]
        [InlineData("a null section list", "$[0]", "sections", "null")]
        [InlineData("a metric value written as a string", "$[0].metrics[0]", "value", "\"16\"")]
        [InlineData("a date that is not ISO 8601", "$[0]", "publishedAt", "\"20/03/2015\"")]
        [InlineData("a metadata value that is not a string", "$[0].metadata", "source_url", "1")]
        [InlineData("a section index below 0", "$[0].lead", "index", "-1")]
        [InlineData("a quote in no section", "$[0].quotes[0]", "sectionIndex", "-2")]
        public void The_schema_rejects_what_export_never_writes(string what, string objectPath, string property, string json)
        {
            using var run = new ToolRun().File("content/seed.md", ToolRun.SeedMarkdown);
            var (_, output, _) = run.Run("export");
            JsonNode export = JsonNode.Parse(output)!;
            Assert.True(ExportSchema.Validate(export.ToJsonString()).Valid, "the unchanged export must be valid");

            Locate(export, objectPath)[property] = JsonNode.Parse(json);

            Assert.False(ExportSchema.Validate(export.ToJsonString()).Valid, "the schema accepts " + what);
        }

        [Theory]
        [MemberData(nameof(CorpusNames))]
        public void Export_validates_against_the_schema(string corpus)
        {
            using ToolRun run = Corpora.Create(corpus);

            var (exit, output, error) = run.Run("export");

            Assert.Equal(0, exit);
            Assert.Equal(string.Empty, error);
            (bool valid, string errors) = ExportSchema.Validate(output);
            Assert.True(valid, errors);
        }

        [Theory]
        [MemberData(nameof(CorpusNames))]
        public void Export_holds_the_values_of_the_generated_records(string corpus)
        {
            using ToolRun run = Corpora.Create(corpus);
            GeneratorView generated = GeneratorView.Of(run);

            var (_, output, _) = run.Run("export");

            using JsonDocument export = JsonDocument.Parse(output);
            Assert.Equal(JsonValueKind.Array, export.RootElement.ValueKind);
            Assert.Equal(generated.Articles.Select(a => a.Path), export.RootElement.EnumerateArray().Select(a => a.GetProperty("path").GetString()));
            Assert.NotEmpty(generated.Articles);
            int i = 0;
            foreach (JsonElement article in export.RootElement.EnumerateArray())
            {
                ExportAssert.Equal(generated.Articles[i++], article);
            }
        }

        [Fact]
        public void A_range_metric_exports_both_ends_as_the_decimals_written()
        {
            using ToolRun run = Corpora.Create("range-metric");

            var (_, output, _) = run.Run("export");

            using JsonDocument export = JsonDocument.Parse(output);
            JsonElement metric = Assert.Single(export.RootElement[0].GetProperty("metrics").EnumerateArray());
            Assert.Equal("0,2-0,7%", metric.GetProperty("text").GetString());
            Assert.Equal("0.2", metric.GetProperty("value").GetRawText());
            Assert.Equal("0.7", metric.GetProperty("maxValue").GetRawText());
            Assert.Equal("Percent", metric.GetProperty("kind").GetString());
        }

        [Fact]
        public void Full_front_matter_exports_every_value_and_the_offset_of_the_date()
        {
            using ToolRun run = Corpora.Create("full-front-matter");

            var (_, output, _) = run.Run("export");

            using JsonDocument export = JsonDocument.Parse(output);
            JsonElement article = export.RootElement.EnumerateArray().Single(a => a.GetProperty("path").GetString() == "content/gia-xang.md");
            Assert.Equal("GiaXangGiamManh", article.GetProperty("id").GetString());
            Assert.Equal("2025-07-14T08:30:00+07:00", article.GetProperty("publishedAt").GetString());
            Assert.Equal(new[] { "Văn Khải", "Thu Hà" }, article.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
            Assert.Equal("https://example.vn/a", article.GetProperty("metadata").GetProperty("source_url").GetString());
            Assert.Equal("cay-xang.jpg", article.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == "Caption").GetProperty("imageUrl").GetString());
        }

        [Fact]
        public void Enums_are_strings_and_every_property_name_is_the_record_name_in_camel_case()
        {
            using ToolRun run = Corpora.Create("full-front-matter");

            var (_, output, _) = run.Run("export");

            using JsonDocument export = JsonDocument.Parse(output);
            var kinds = new HashSet<string>(StringComparer.Ordinal);
            foreach (JsonElement article in export.RootElement.EnumerateArray())
            {
                AssertNames(typeof(Article), article);
                AssertNames(typeof(Section), article.GetProperty("lead"));
                foreach (JsonElement section in article.GetProperty("sections").EnumerateArray())
                {
                    AssertNames(typeof(Section), section);
                    kinds.Add(AssertEnum<SectionKind>(section));
                }

                foreach (JsonElement quote in article.GetProperty("quotes").EnumerateArray())
                {
                    AssertNames(typeof(Quote), quote);
                    kinds.Add(AssertEnum<QuoteKind>(quote));
                }

                foreach (JsonElement metric in article.GetProperty("metrics").EnumerateArray())
                {
                    AssertNames(typeof(Metric), metric);
                    kinds.Add(AssertEnum<MetricKind>(metric));
                }

                if (article.GetProperty("dateline").ValueKind == JsonValueKind.Object)
                {
                    AssertNames(typeof(Dateline), article.GetProperty("dateline"));
                }
            }

            // The corpus holds every kind the text can show, so each was written by name.
            Assert.Superset(new HashSet<string> { "Lead", "Paragraph", "Heading", "Caption", "Speech", "Term", "Percent", "Money" }, kinds);
        }

        [Fact]
        public void Output_option_writes_the_json_that_standard_output_gets()
        {
            using ToolRun run = Corpora.Create("full-front-matter");

            var (stdoutExit, stdout, _) = run.Run("export");
            var (fileExit, fileOutput, fileError) = run.Run("export", "-o", "out/export.json");

            Assert.Equal(0, stdoutExit);
            Assert.Equal(0, fileExit);
            Assert.Equal(string.Empty, fileOutput);
            Assert.Equal(string.Empty, fileError);
            Assert.Equal(stdout, run.Read("out/export.json") + Environment.NewLine);
            Assert.Equal((byte)'[', File.ReadAllBytes(Path.Combine(run.Directory, "out", "export.json"))[0]);
        }

        [Fact]
        public void Export_is_the_same_under_vi_VN_and_tr_TR_cultures()
        {
            using ToolRun run = Corpora.Create("full-front-matter");
            run.Files(Corpora.Files("range-metric"));
            CultureInfo culture = CultureInfo.CurrentCulture;
            CultureInfo uiCulture = CultureInfo.CurrentUICulture;
            try
            {
                var outputs = new List<string>();
                foreach (string name in new[] { string.Empty, "vi-VN", "tr-TR" })
                {
                    CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
                    outputs.Add(run.Run("export").Output);
                }

                // The cultures really differ from the invariant one where export could go wrong: the decimal mark and 'I'.
                Assert.Equal(",", CultureInfo.GetCultureInfo("vi-VN").NumberFormat.NumberDecimalSeparator);
                Assert.Equal("ı", "I".ToLower(CultureInfo.GetCultureInfo("tr-TR")));
                Assert.Contains("\"value\": 0.2,", outputs[0], StringComparison.Ordinal);
                Assert.Equal(outputs[0], outputs[1]);
                Assert.Equal(outputs[0], outputs[2]);
            }
            finally
            {
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = uiCulture;
            }
        }

        private static JsonObject Locate(JsonNode root, string path)
        {
            JsonNode node = root;
            foreach (string step in path.Substring(1).Split('.', StringSplitOptions.RemoveEmptyEntries).SelectMany(s => s.Replace("]", string.Empty).Split('[')))
            {
                node = step.Length == 0 ? node : int.TryParse(step, NumberStyles.None, CultureInfo.InvariantCulture, out int index) ? node[index]! : node[step]!;
            }

            return node.AsObject();
        }

        private static void AssertNames(Type record, JsonElement element)
        {
            string[] expected = record.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            Assert.Equal(expected, element.EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
        }

        private static string AssertEnum<T>(JsonElement element)
            where T : struct, Enum
        {
            JsonElement kind = element.GetProperty("kind");
            Assert.Equal(JsonValueKind.String, kind.ValueKind);
            Assert.Contains(kind.GetString()!, Enum.GetNames<T>());
            return kind.GetString()!;
        }
    }

    /// <summary>The article sets the tests run the tool over, by name.</summary>
    internal static class Corpora
    {
        public const string FullFrontMatter =
            "---\n" +
            "title: Giá xăng giảm mạnh\n" +
            "slug: gia-xang-giam-manh\n" +
            "date: 2025-07-14T08:30:00+07:00\n" +
            "author: [Văn Khải, Thu Hà]\n" +
            "outlet: TTO\n" +
            "tags: [giá xăng, kinh tế]\n" +
            "category: Kinh tế\n" +
            "summary: Giá xăng giảm 5% từ chiều nay.\n" +
            "source_url: https://example.vn/a\n" +
            "priority: 3\n" +
            "---\n" +
            "# Giá xăng giảm mạnh\n" +
            "\n" +
            "TTO - Sáng nay (14-7), giá xăng giảm **5%**. Doanh thu đạt [120 tỷ đồng](https://example.vn/b).\n" +
            "\n" +
            "![Cây xăng ở Hà Nội. Ảnh: Hải Nam](cay-xang.jpg)\n" +
            "\n" +
            "## Thị trường\n" +
            "\n" +
            "“Giá sẽ còn giảm trong tháng tới”, ông Trần Văn Khải cho biết. Chương trình “Bình ổn giá” tiếp tục.\n" +
            "\n" +
            "Lượng xăng bán ra tăng 12,5% với 3.500 m3 mỗi ngày.\n";

        // A date with no offset is UTC; a scalar author; fractions of a second.
        public const string DateWithoutOffset =
            "---\n" +
            "date: 2025-07-14T08:30:00.25\n" +
            "author: Minh Anh\n" +
            "---\n" +
            "Xăng dầu\n" +
            "\n" +
            "Dân trí - Chiều nay (14-7/2025), giá dầu tăng 1,25%.\n";

        public const string RangeMetric =
            "Lãi suất tăng nhẹ\n" +
            "\n" +
            "TTO - Sáng nay (14-7), lãi suất cho vay tăng 0,2-0,7% so với tháng trước.\n";

        public static IReadOnlyList<string> Names { get; } = new[] { "seed-txt", "seed-md", "hostile", "full-front-matter", "range-metric" };

        public static IEnumerable<KeyValuePair<string, string>> Files(string name) => name switch
        {
            "seed-txt" => new Dictionary<string, string> { ["content/no-luc-hoan-thanh-cac-nhiem-vu-trong-tam.txt"] = ToolRun.SeedText },
            "seed-md" => new Dictionary<string, string> { ["content/no-luc-hoan-thanh-cac-nhiem-vu-trong-tam.md"] = ToolRun.SeedMarkdown },
            "hostile" => HostileCorpus.Files(),
            "full-front-matter" => new Dictionary<string, string>
            {
                ["content/gia-xang.md"] = FullFrontMatter,
                ["content/dau/xang-dau.md"] = DateWithoutOffset,
            },
            "range-metric" => new Dictionary<string, string> { ["content/lai-suat.txt"] = RangeMetric },
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such corpus."),
        };

        public static ToolRun Create(string name) => new ToolRun().Files(Files(name));
    }

    /// <summary>The schema the repository ships, docs/export.schema.json, as the test output holds it.</summary>
    internal static class ExportSchema
    {
        public static readonly string FilePath = Path.Combine(AppContext.BaseDirectory, "export.schema.json");

        private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(FilePath), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

        public static JsonObject Definition(string name) => JsonNode.Parse(File.ReadAllText(FilePath))!["$defs"]![name]!.AsObject();

        /// <summary>Whether <paramref name="json"/> is valid, format <c>date-time</c> checked, and what fails if not.</summary>
        public static (bool Valid, string Errors) Validate(string json)
        {
            using JsonDocument document = JsonDocument.Parse(json);
            EvaluationResults results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
            return (results.IsValid, Describe(results));
        }

        public static string Describe(EvaluationResults results) =>
            string.Join(
                Environment.NewLine,
                ((IEnumerable<EvaluationResults>?)results.Details ?? Enumerable.Empty<EvaluationResults>()).Prepend(results)
                    .Where(r => r.Errors is { Count: > 0 })
                    .SelectMany(r => r.Errors!.Select(e => $"{r.InstanceLocation} ({r.EvaluationPath}) {e.Key}: {e.Value}"))
                    .Take(20));
    }

    /// <summary>
    /// What the generator makes of the article files a <see cref="ToolRun"/> holds under <c>content</c>: the same files,
    /// decoded from disk as the compiler decodes them, run through the real generator, the records read back from the
    /// generated table as the compiled code reads them.
    /// </summary>
    internal sealed class GeneratorView
    {
        private GeneratorView(ContentGenRunResult result, IReadOnlyList<Article> articles)
        {
            Result = result;
            Articles = articles;
        }

        public ContentGenRunResult Result { get; }

        public IReadOnlyList<Article> Articles { get; }

        /// <summary>Every diagnostic as the compiler prints it: <c>content/x.txt(5,12): warning CG0002: …</c>.</summary>
        public IEnumerable<string> DiagnosticLines => Result.Diagnostics.Select(Format);

        public static GeneratorView Of(ToolRun run)
        {
            KeyValuePair<string, string>[] files = Directory.EnumerateFiles(Path.Combine(run.Directory, "content"), "*", SearchOption.AllDirectories)
                .Where(ContentFormats.IsArticleByDefault)
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => new KeyValuePair<string, string>(Path.GetRelativePath(run.Directory, f).Replace('\\', '/'), ContentDecoder.ReadFile(f)))
                .ToArray();
            ContentGenRunResult result = ContentGenRunner.Run(files);
            Article[] articles = result.Sources.TryGetValue("Articles.Table.g.cs", out string? table)
                ? new ContentGen.Runtime.ArticleTable(null, TableChunks(table)).ToArray()
                : Array.Empty<Article>();
            return new GeneratorView(result, articles);
        }

        private string Format(Diagnostic diagnostic)
        {
            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            string prefix = Result.ProjectDirectory.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            string path = span.Path.StartsWith(prefix, StringComparison.Ordinal) ? span.Path.Substring(prefix.Length) : span.Path;
            return string.Format(
                CultureInfo.InvariantCulture,
                "{0}({1},{2}): {3} {4}: {5}",
                path.Replace('\\', '/'),
                span.StartLinePosition.Line + 1,
                span.StartLinePosition.Character + 1,
                diagnostic.Severity.ToString().ToLowerInvariant(),
                diagnostic.Id,
                diagnostic.GetMessage(CultureInfo.InvariantCulture));
        }

        // The chunks of the generated table, read from its literals the way the compiled code reads them.
        private static string[] TableChunks(string source) =>
            CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)).GetRoot().DescendantTokens()
                .Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.Utf8StringLiteralToken))
                .Select(t => t.ValueText)
                .ToArray();
    }

    /// <summary>One exported article against one record, property by property, read from the JSON (never re-serialized).</summary>
    internal static class ExportAssert
    {
        public static void Equal(Article expected, JsonElement actual)
        {
            string at = expected.Path;
            Same(expected.Id, String(actual, "id"), at + " id");
            Same(expected.Slug, String(actual, "slug"), at + " slug");
            Same(expected.Path, String(actual, "path"), at + " path");
            Same(expected.Title, String(actual, "title"), at + " title");
            Same(expected.Outlet, NullableString(actual, "outlet"), at + " outlet");
            Dateline(expected.Dateline, actual.GetProperty("dateline"), at + " dateline");
            Same(expected.Sections.Count, actual.GetProperty("sections").GetArrayLength(), at + " sections");
            for (int i = 0; i < expected.Sections.Count; i++)
            {
                Section(expected.Sections[i], actual.GetProperty("sections")[i], $"{at} sections[{i}]");
            }

            Same(expected.Quotes.Count, actual.GetProperty("quotes").GetArrayLength(), at + " quotes");
            for (int i = 0; i < expected.Quotes.Count; i++)
            {
                Quote(expected.Quotes[i], actual.GetProperty("quotes")[i], $"{at} quotes[{i}]");
            }

            Same(expected.Metrics.Count, actual.GetProperty("metrics").GetArrayLength(), at + " metrics");
            for (int i = 0; i < expected.Metrics.Count; i++)
            {
                Metric(expected.Metrics[i], actual.GetProperty("metrics")[i], $"{at} metrics[{i}]");
            }

            Section(expected.Lead, actual.GetProperty("lead"), at + " lead");
            PublishedAt(expected.PublishedAt, actual.GetProperty("publishedAt"), at + " publishedAt");
            Same(string.Join("|", expected.Authors), string.Join("|", Strings(actual.GetProperty("authors"))), at + " authors");
            Same(expected.Authors.Count, actual.GetProperty("authors").GetArrayLength(), at + " authors count");
            Same(string.Join("|", expected.Tags), string.Join("|", Strings(actual.GetProperty("tags"))), at + " tags");
            Same(expected.Tags.Count, actual.GetProperty("tags").GetArrayLength(), at + " tags count");
            Same(expected.Category, NullableString(actual, "category"), at + " category");
            Same(expected.Summary, NullableString(actual, "summary"), at + " summary");
            JsonElement metadata = actual.GetProperty("metadata");
            Same(JsonValueKind.Object, metadata.ValueKind, at + " metadata");
            Same(
                string.Join("\n", expected.Metadata.Select(p => p.Key + "=" + p.Value)),
                string.Join("\n", metadata.EnumerateObject().Select(p => p.Name + "=" + p.Value.GetString())),
                at + " metadata");
        }

        private static void Section(Section expected, JsonElement actual, string at)
        {
            Same(expected.Index, actual.GetProperty("index").GetInt32(), at + " index");
            Same(expected.Kind.ToString(), String(actual, "kind"), at + " kind");
            Same(expected.Text, String(actual, "text"), at + " text");
            Same(expected.Line, actual.GetProperty("line").GetInt32(), at + " line");
            Same(expected.ImageUrl, NullableString(actual, "imageUrl"), at + " imageUrl");
        }

        private static void Quote(Quote expected, JsonElement actual, string at)
        {
            Same(expected.Text, String(actual, "text"), at + " text");
            Same(expected.Kind.ToString(), String(actual, "kind"), at + " kind");
            Same(expected.Speaker, NullableString(actual, "speaker"), at + " speaker");
            Same(expected.SectionIndex, actual.GetProperty("sectionIndex").GetInt32(), at + " sectionIndex");
            Same(expected.Line, actual.GetProperty("line").GetInt32(), at + " line");
        }

        private static void Metric(Metric expected, JsonElement actual, string at)
        {
            Same(expected.Text, String(actual, "text"), at + " text");
            Decimal(expected.Value, actual.GetProperty("value"), at + " value");
            if (expected.MaxValue is decimal max)
            {
                Decimal(max, actual.GetProperty("maxValue"), at + " maxValue");
            }
            else
            {
                Same(JsonValueKind.Null, actual.GetProperty("maxValue").ValueKind, at + " maxValue");
            }

            Same(expected.Kind.ToString(), String(actual, "kind"), at + " kind");
            Same(expected.Unit, String(actual, "unit"), at + " unit");
            Same(expected.Label, NullableString(actual, "label"), at + " label");
            Same(expected.SectionIndex, actual.GetProperty("sectionIndex").GetInt32(), at + " sectionIndex");
            Same(expected.Line, actual.GetProperty("line").GetInt32(), at + " line");
        }

        private static void Dateline(Dateline? expected, JsonElement actual, string at)
        {
            if (expected is null)
            {
                Same(JsonValueKind.Null, actual.ValueKind, at);
                return;
            }

            Same(expected.Text, String(actual, "text"), at + " text");
            Same(expected.Day, NullableInt(actual.GetProperty("day")), at + " day");
            Same(expected.Month, NullableInt(actual.GetProperty("month")), at + " month");
            Same(expected.Year, NullableInt(actual.GetProperty("year")), at + " year");
        }

        private static void PublishedAt(DateTimeOffset? expected, JsonElement actual, string at)
        {
            if (expected is not DateTimeOffset date)
            {
                Same(JsonValueKind.Null, actual.ValueKind, at);
                return;
            }

            var written = DateTimeOffset.Parse(actual.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.None);

            // DateTimeOffset equality compares instants only: the offset and the clock time are compared on their own.
            Same(date.UtcTicks, written.UtcTicks, at + " instant");
            Same(date.Offset, written.Offset, at + " offset");
            Same(date.DateTime, written.DateTime, at + " clock time");
        }

        private static void Decimal(decimal expected, JsonElement actual, string at)
        {
            Same(JsonValueKind.Number, actual.ValueKind, at + " kind");
            Same(expected, actual.GetDecimal(), at);
            Same(expected.ToString(CultureInfo.InvariantCulture), actual.GetRawText(), at + " digits");
        }

        private static string String(JsonElement element, string name)
        {
            JsonElement value = element.GetProperty(name);
            Same(JsonValueKind.String, value.ValueKind, name + " kind");
            return value.GetString()!;
        }

        private static string? NullableString(JsonElement element, string name)
        {
            JsonElement value = element.GetProperty(name);
            return value.ValueKind == JsonValueKind.Null ? null : String(element, name);
        }

        private static int? NullableInt(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetInt32();

        private static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!);

        private static void Same<T>(T expected, T actual, string what)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actual))
            {
                throw new Xunit.Sdk.XunitException($"{what}: expected {Show(expected)}, exported {Show(actual)}");
            }
        }

        private static string Show<T>(T value)
        {
            string text = value?.ToString() ?? "null";
            return text.Length > 200 ? text.Substring(0, 200) + "…" : text;
        }
    }
}

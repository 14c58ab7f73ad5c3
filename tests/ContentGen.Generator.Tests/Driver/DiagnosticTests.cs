using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using ContentGen.Core.Diagnostics;
using ContentGen.Core.Model;
using ContentGen.Generator;
using ContentGen.Generator.Diagnostics;
using ContentGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ContentGen.Generator.Tests.Driver
{
    /// <summary>Each diagnostic: its severity, and a location in the content file that points at the problem.</summary>
    public class DiagnosticTests
    {
        private static Diagnostic Single(string id, string text, string path = "content/x.txt")
        {
            ContentGenRunResult result = ContentGenRunner.Run(new Dictionary<string, string> { [path] = text });
            return Assert.Single(result.Diagnostics, d => d.Id == id);
        }

        // 1-based line and column of the diagnostic's start, as dotnet build prints them.
        private static (int Line, int Column) Start(Diagnostic diagnostic)
        {
            LinePosition start = diagnostic.Location.GetLineSpan().StartLinePosition;
            return (start.Line + 1, start.Character + 1);
        }

        [Theory]
        [InlineData("")]
        [InlineData("Chỉ có tiêu đề\n")]
        public void CG0001_file_without_title_or_paragraph_is_a_warning_naming_the_file(string text)
        {
            Diagnostic diagnostic = Single("CG0001", text);

            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Contains("content/x.txt", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.EndsWith("x.txt", diagnostic.Location.GetLineSpan().Path);
        }

        [Fact]
        public void CG0002_undecodable_bytes_warn_at_the_first_and_the_article_is_still_generated()
        {
            ContentGenRunResult result = ContentGenRunner.Run(new Dictionary<string, string> { ["content/x.txt"] = "Tiêu đề\n\nĐoạn có byte \uFFFD hỏng.\n" });

            Diagnostic diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "CG0002");
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal((3, 14), Start(diagnostic));
            Assert.Contains("Articles.X.g.cs", result.Sources.Keys);
        }

        [Fact]
        public void CG0003_unclosed_quote_is_info_at_its_opening_mark()
        {
            Diagnostic diagnostic = Single("CG0003", "Tiêu đề\n\nMở đầu.\n\nÔng A nói: “chưa đóng\n");

            Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
            Assert.Equal((5, 12), Start(diagnostic));
        }

        [Fact]
        public void CG0004_mismatched_marks_are_info_over_the_quote()
        {
            Diagnostic diagnostic = Single("CG0004", "Tiêu đề\n\n  Gọi là \"mùa vàng” của làng.\n");

            Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
            Assert.Equal((3, 10), Start(diagnostic));
            Assert.Equal(new LinePosition(2, 19), diagnostic.Location.GetLineSpan().EndLinePosition);
        }

        [Fact]
        public void CG0005_number_too_large_is_info_and_the_metric_is_left_out()
        {
            ContentGenRunResult result = ContentGenRunner.Run(new Dictionary<string, string> { ["content/x.txt"] = "Tiêu đề\n\nDoanh thu đạt " + new string('9', 40) + " tỷ đồng.\n" });

            Diagnostic diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "CG0005");
            Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
            Assert.Equal((3, 15), Start(diagnostic));
            Assert.Empty(GeneratedCode.Article(result.Sources, "X").Metrics);
        }

        [Fact]
        public void CG0006_colliding_ids_warn_naming_both_files_and_number_in_path_order()
        {
            ContentGenRunResult result = ContentGenRunner.Run(new Dictionary<string, string>
            {
                ["content/tin-moi.txt"] = "Một\n\nĐoạn.\n",
                ["content/tin_moi.txt"] = "Hai\n\nĐoạn.\n",
            });

            Diagnostic diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "CG0006");
            string message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Contains("content/tin-moi.txt", message);
            Assert.Contains("content/tin_moi.txt", message);
            Assert.Contains("TinMoi2", message);
            Assert.EndsWith("tin_moi.txt", diagnostic.Location.GetLineSpan().Path);
            Assert.Contains("Articles.TinMoi2.g.cs", result.Sources.Keys);
        }

        [Fact]
        public void CG0007_renamed_member_is_info_at_the_quote()
        {
            Diagnostic diagnostic = Single("CG0007", "Tiêu đề\n\nPhong trào “Find” được phát động.\n");

            Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
            Assert.Equal((3, 12), Start(diagnostic));
            Assert.Contains("Find_", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_name_numbered_after_an_earlier_member_is_the_naming_rule_and_not_reported()
        {
            ContentGenRunResult result = ContentGenRunner.Run(new Dictionary<string, string>
            {
                ["content/x.txt"] = "Tiêu đề\n\nThu phí đạt 110% kế hoạch. Thu phí đạt 120% cùng kỳ.\n",
            });

            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CG0007");
            Assert.Contains("ThuPhi2", result.Sources["Articles.X.g.cs"], System.StringComparison.Ordinal);
        }

        [Fact]
        public void CG0008_more_than_a_thousand_named_members_is_info_and_all_stay_in_the_list()
        {
            string body = string.Concat(Enumerable.Range(0, 1001).Select(i => $"Chỉ số {i} tăng {i}%.\n\n"));
            ContentGenRunResult result = ContentGenRunner.Run(new Dictionary<string, string> { ["content/x.txt"] = "Tiêu đề\n\n" + body });

            Diagnostic diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "CG0008");
            Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
            Assert.Equal(3 + (2 * 1000), Start(diagnostic).Line);
            Assert.Equal(1001, GeneratedCode.Article(result.Sources, "X").Metrics.Count);
            Assert.Contains("Article.Metrics[999]", result.Sources["Articles.X.g.cs"]);
            Assert.DoesNotContain("Article.Metrics[1000]", result.Sources["Articles.X.g.cs"]);
        }

        [Fact]
        public void CG9999_a_file_that_cannot_be_read_is_reported_and_the_others_are_generated()
        {
            var (driver, compilation, files) = GeneratorHarness.CreateDriver(
                new ContentGenerator(),
                "/repo/app",
                new[] { new KeyValuePair<string, string>("/repo/app/content/good.txt", "Tốt\n\nĐoạn.\n"), new KeyValuePair<string, string>("/repo/app/content/bad.txt", "x") },
                null);
            AdditionalText bad = files.Single(f => f.Path.EndsWith("bad.txt", System.StringComparison.Ordinal));

            GeneratorRunResult run = driver.ReplaceAdditionalText(bad, new ThrowingText(bad.Path)).RunGenerators(compilation).GetRunResult().Results.Single();

            Assert.Null(run.Exception);
            Diagnostic diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "CG9999");
            Assert.Contains("content/bad.txt", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains("disk on fire", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains(run.GeneratedSources, s => s.HintName == "Articles.Good.g.cs");
        }

        [Fact]
        public void Ordinary_articles_report_nothing_above_info()
        {
            ContentGenRunResult result = ContentGenRunner.Run(new Dictionary<string, string> { [HostileContentTests.SeedPath] = SeedTests.SeedText() });

            Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        }

        [Fact]
        public void Every_kind_has_one_descriptor_with_its_id_title_message_and_severity_and_no_dead_link()
        {
            Assert.Equal(DiagnosticKinds.All.Select(k => k.Id), DiagnosticDescriptors.All.Select(d => d.Id));
            Assert.Equal(DiagnosticKinds.All.Count, DiagnosticKinds.All.Select(k => k.Id).Distinct().Count());
            foreach (DiagnosticKind kind in DiagnosticKinds.All)
            {
                DiagnosticDescriptor descriptor = DiagnosticDescriptors.ById(kind.Id);
                Assert.Equal(kind.Title, descriptor.Title.ToString(CultureInfo.InvariantCulture));
                Assert.Equal(kind.MessageFormat, descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture));
                Assert.Equal(kind.Severity.ToString(), descriptor.DefaultSeverity.ToString());
                Assert.True(string.IsNullOrEmpty(descriptor.HelpLinkUri) || Uri.IsWellFormedUriString(descriptor.HelpLinkUri, UriKind.Absolute), descriptor.HelpLinkUri);
            }
        }

        [Fact]
        public void An_id_no_kind_has_is_a_defect_not_a_fallback()
        {
            Assert.Throws<KeyNotFoundException>(() => DiagnosticKinds.ById("CG0999"));
            Assert.Throws<KeyNotFoundException>(() => DiagnosticDescriptors.ById("CG0999"));
        }

        [Fact]
        public void Every_parse_issue_kind_maps_to_the_diagnostic_of_its_own_kind()
        {
            var expected = new Dictionary<ParseIssueKind, string>
            {
                [ParseIssueKind.NoTitle] = "CG0001",
                [ParseIssueKind.NoParagraph] = "CG0001",
                [ParseIssueKind.ReplacementCharacter] = "CG0002",
                [ParseIssueKind.UnclosedQuote] = "CG0003",
                [ParseIssueKind.MismatchedQuoteMarks] = "CG0004",
                [ParseIssueKind.NumberTooLarge] = "CG0005",
                [ParseIssueKind.FrontMatterUnreadable] = "CG0009",
                [ParseIssueKind.FrontMatterUnclosed] = "CG0010",
                [ParseIssueKind.FrontMatterBadDate] = "CG0011",
                [ParseIssueKind.FrontMatterWrongShape] = "CG0012",
                [ParseIssueKind.MarkdownTooDeep] = "CG0013",
            };

            Assert.Equal(Enum.GetValues<ParseIssueKind>().OrderBy(k => k), expected.Keys.OrderBy(k => k));
            foreach ((ParseIssueKind kind, string id) in expected)
            {
                DiagnosticInfo info = IssueDiagnostics.Of(new ParseIssue(kind, SourceSpan.FileStart, "x"), "a.md", "content/a.md");
                Assert.Equal(id, info.Id);
                Assert.DoesNotContain("{", info.Message, StringComparison.Ordinal);
            }
        }

        private sealed class ThrowingText : AdditionalText
        {
            public ThrowingText(string path) => Path = path;

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => throw new System.IO.IOException("disk on fire");
        }
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using ContentGen.Generator.Tests.Driver;
using ContentGen.Testing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Generator.Tests.Markdown
{
    /// <summary>
    /// Bad and hostile front matter through the generator: each problem is a warning with its own ID at its line, the
    /// article is still generated with its body, and no input stalls the run.
    /// </summary>
    public class FrontMatterDiagnosticTests
    {
        private const string Body = "# Giá xăng\n\nTTO - Giá xăng giảm 5% từ chiều nay.\n";

        // Generous bounds that catch a blow-up, not benchmarks.
        private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(10);

        public static TheoryData<string, string, string, int> BadFrontMatter => new()
        {
            { "unreadable YAML", "---\ntitle: Giá xăng\ntags: [giá xăng, kinh tế\n---\n" + Body, "CG0009", 3 },
            { "unclosed block", "---\ntitle: Giá xăng\n\n" + Body, "CG0010", 1 },
            { "non-ISO date", "---\ntitle: Giá xăng\ndate: 14/07/2025\n---\n" + Body, "CG0011", 3 },
            { "impossible date", "---\ndate: 2025-13-45\n---\n" + Body, "CG0011", 2 },
            { "list where a string belongs", "---\ncategory: [Kinh tế, Thời sự]\n---\n" + Body, "CG0012", 2 },
            { "mapping where a list belongs", "---\ntitle: Giá xăng\ntags:\n  chinh: kinh tế\n---\n" + Body, "CG0012", 3 },
            { "a key given twice", "---\nsummary: Một\nsummary: Hai\n---\n" + Body, "CG0012", 3 },
        };

        [Theory]
        [MemberData(nameof(BadFrontMatter))]
        public void Bad_front_matter_is_a_warning_with_its_id_at_its_line_and_the_article_is_generated(string name, string markdown, string id, int line)
        {
            ContentGenRunResult result = ContentGenRunner.Run(new Dictionary<string, string> { ["content/bai.md"] = markdown });

            Diagnostic diagnostic = Assert.Single(result.Diagnostics, d => d.Id.StartsWith("CG", StringComparison.Ordinal) && d.Id != "CG0003");
            Assert.True(diagnostic.Id == id, name + ": " + diagnostic);
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal(line, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
            Assert.EndsWith("bai.md", diagnostic.Location.GetLineSpan().Path, StringComparison.Ordinal);
            Article article = GeneratedCode.Article(result.Sources, "Bai");
            Assert.Equal("TTO - Giá xăng giảm 5% từ chiều nay.", article.Lead.Text);
        }

        [Theory]
        [InlineData("\r\n")]
        [InlineData("\n")]
        public void A_byte_order_mark_and_crlf_before_the_opening_line_still_give_the_front_matter(string newLine)
        {
            string markdown = ("\uFEFF---\ncategory: Kinh tế\ndate: 2025-07-14\n---\n" + Body).Replace("\n", newLine, StringComparison.Ordinal);

            ContentGenRunResult result = ContentGenRunner.Run(new Dictionary<string, string> { ["content/bai.md"] = markdown });

            Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
            Article article = GeneratedCode.Article(result.Sources, "Bai");
            Assert.Equal(("Kinh tế", new DateTimeOffset(2025, 7, 14, 0, 0, 0, TimeSpan.Zero)), (article.Category, article.PublishedAt));
            Assert.Equal(7, article.Lead.Line);
        }

        [Fact]
        public void An_alias_bomb_is_never_expanded_and_the_article_keeps_its_body()
        {
            var bomb = new StringBuilder("---\ntitle: Bom bí danh\na: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
            for (int level = 1; level < 9; level++)
            {
                char name = (char)('a' + level);
                bomb.Append(name).Append(": &").Append(name).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*" + (char)(name - 1), 9))).Append("]\n");
            }

            bomb.Append("tags: *i\n---\nĐoạn mở đầu của bài có bom.\n");
            long before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();

            ContentGenRunResult result = ContentGenRunner.Run(new Dictionary<string, string> { ["content/bom.md"] = bomb.ToString() });

            Assert.True(clock.Elapsed < Quickly, clock.Elapsed.ToString());
            Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 200_000_000, "the bomb was expanded");
            Article article = GeneratedCode.Article(result.Sources, "Bom");
            Assert.Equal(("Bom bí danh", "Đoạn mở đầu của bài có bom."), (article.Title, article.Lead.Text));
            Assert.Empty(article.Tags);
            Assert.Contains(result.Diagnostics, d => d.Id == "CG0012" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("alias", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData('[', ']')]
        [InlineData('{', '}')]
        public void Twenty_thousand_nested_brackets_are_refused_at_their_line_and_the_article_keeps_its_body(char open, char close)
        {
            string markdown = "---\ntitle: Ngoặc\nx: " + new string(open, 20_000) + new string(close, 20_000) + "\n---\n# Ngoặc\n\nĐoạn mở đầu của bài ngoặc.\n";
            var clock = Stopwatch.StartNew();

            ContentGenRunResult result = ContentGenRunner.Run(new Dictionary<string, string> { ["content/ngoac.md"] = markdown });

            Assert.True(clock.Elapsed < Quickly, clock.Elapsed.ToString());
            Diagnostic diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal(("CG0009", 3), (diagnostic.Id, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1));
            Assert.Equal("Đoạn mở đầu của bài ngoặc.", GeneratedCode.Article(result.Sources, "Ngoac").Lead.Text);
        }

        [Fact]
        public void Type_tags_are_read_as_plain_text_and_never_resolved()
        {
            string markdown = "---\ntep: !<tag:yaml.org,2002:System.IO.FileInfo> /etc/passwd\nlenh: !!python/object/apply:os.system [\"rm -rf /\"]\nso: !!int 12\n---\n# Thẻ kiểu\n\nĐoạn mở đầu của bài thẻ.\n";

            ContentGenRunResult result = ContentGenRunner.Run(new Dictionary<string, string> { ["content/the.md"] = markdown });

            Article article = GeneratedCode.Article(result.Sources, "The");
            Assert.Equal("/etc/passwd", article.Metadata["tep"]);
            Assert.Equal("12", article.Metadata["so"]);
            Assert.False(article.Metadata.ContainsKey("lenh"));
            Assert.Equal("Đoạn mở đầu của bài thẻ.", article.Lead.Text);
        }

        [Fact]
        public void A_three_megabyte_scalar_is_kept_and_read_quickly()
        {
            string markdown = "---\ndai: " + new string('x', 3 * 1024 * 1024) + "\n---\n# Giá trị dài\n\nĐoạn mở đầu của bài dài.\n";
            var clock = Stopwatch.StartNew();

            ContentGenRunResult result = ContentGenRunner.Run(new Dictionary<string, string> { ["content/dai.md"] = markdown });

            Assert.True(clock.Elapsed < Quickly, clock.Elapsed.ToString());
            Article article = GeneratedCode.Article(result.Sources, "Dai");
            Assert.Equal(3 * 1024 * 1024, article.Metadata["dai"].Length);
            Assert.Equal("Đoạn mở đầu của bài dài.", article.Lead.Text);
        }

        [Theory]
        [InlineData("> ", "", true)]
        [InlineData("- ", "", true)]
        [InlineData("[", "](x)", true)]
        [InlineData("*", "*", false)]
        public void Deeply_nested_markdown_never_stops_the_generator(string open, string close, bool pastTheLimit)
        {
            string markdown = "---\ncategory: Kinh tế\n---\n# Tiêu đề\n\nĐoạn mở đầu.\n\n" + string.Concat(Enumerable.Repeat(open, 20_000)) + "chữ" + string.Concat(Enumerable.Repeat(close, 20_000)) + "\n";
            var clock = Stopwatch.StartNew();

            ContentGenRunResult result = ContentGenRunner.Run(new Dictionary<string, string> { ["content/sau.md"] = markdown });

            Assert.True(clock.Elapsed < Quickly, clock.Elapsed.ToString());
            Assert.Equal(pastTheLimit ? new[] { "CG0013" } : Array.Empty<string>(), result.Diagnostics.Select(d => d.Id));
            Article article = GeneratedCode.Article(result.Sources, "Sau");
            Assert.Equal("Kinh tế", article.Category);

            // Past the limit the file is read as plain text: the markup stays in the words, the lines stay the file's.
            Assert.Equal((pastTheLimit ? "# Tiêu đề" : "Tiêu đề", "Đoạn mở đầu.", 6), (article.Title, article.Lead.Text, article.Lead.Line));
        }

        [Fact]
        public void Markdown_nested_past_the_limit_is_a_warning_at_the_start_of_the_body()
        {
            string markdown = "---\ncategory: Kinh tế\n---\n# Tiêu đề\n\nĐoạn mở đầu.\n\n" + string.Concat(Enumerable.Repeat("> ", 20_000)) + "chữ\n";

            ContentGenRunResult result = ContentGenRunner.Run(new Dictionary<string, string> { ["content/sau.md"] = markdown });

            Diagnostic diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal(("CG0013", DiagnosticSeverity.Warning, 4), (diagnostic.Id, diagnostic.Severity, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1));
        }
    }
}

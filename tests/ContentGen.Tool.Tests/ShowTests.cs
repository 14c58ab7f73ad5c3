using System;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ContentGen.Tool.Tests
{
    /// <summary><c>contentgen show</c>: the outline of one article, with the member names the generator gives.</summary>
    public class ShowTests
    {
        private const string SeedPath = "content/no-luc-hoan-thanh-cac-nhiem-vu-trong-tam.txt";

        private const string MarkdownPath = "content/no-luc-hoan-thanh-cac-nhiem-vu-trong-tam.md";

        [Fact]
        public void Seed_exits_0_with_nothing_on_standard_error()
        {
            using ToolRun run = Corpora.Create("seed-txt");

            var (exit, _, error) = run.Run("show", SeedPath);

            Assert.Equal(0, exit);
            Assert.Equal(string.Empty, error);
        }

        [Fact]
        public void Seed_outline_holds_the_title_and_the_lead_section()
        {
            using ToolRun run = Corpora.Create("seed-txt");

            var (_, output, _) = run.Run("show", SeedPath);

            string[] lines = CheckTests.Lines(output);
            Assert.Equal("Nỗ lực hoàn thành các nhiệm vụ trọng tâm", lines[0]);
            Assert.Contains(lines, l => l.Contains("Lead", StringComparison.Ordinal) && l.Contains("line 3", StringComparison.Ordinal) && l.Contains("ANTĐ - Sáng nay (20-3)", StringComparison.Ordinal));
        }

        [Fact]
        public void Seed_outline_holds_the_quote_and_metric_member_names()
        {
            using ToolRun run = Corpora.Create("seed-txt");

            var (_, output, _) = run.Run("show", SeedPath);

            Assert.Contains("Quotes.PhamQuangNghi1", output, StringComparison.Ordinal);
            Assert.Contains("Quotes.PhamQuangNghi2", output, StringComparison.Ordinal);
            Assert.Contains("Metrics.ThuNganSach", output, StringComparison.Ordinal);
        }

        [Fact]
        public void Member_names_in_the_outline_are_the_members_the_generator_declares()
        {
            using ToolRun run = Corpora.Create("seed-txt");
            GeneratorView generated = GeneratorView.Of(run);
            var declared = CSharpSyntaxTree.ParseText(generated.Result.Sources["Articles.NoLucHoanThanhCacNhiemVuTrongTam.g.cs"]).GetRoot()
                .DescendantNodes().OfType<ClassDeclarationSyntax>()
                .Where(c => c.Identifier.Text is "Metrics" or "Quotes")
                .SelectMany(c => c.Members.OfType<PropertyDeclarationSyntax>().Select(p => c.Identifier.Text + "." + p.Identifier.Text))
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToArray();

            var (_, output, _) = run.Run("show", SeedPath);

            string[] shown = CheckTests.Lines(output).Select(l => l.Trim())
                .Where(l => l.StartsWith("Quotes.", StringComparison.Ordinal) || l.StartsWith("Metrics.", StringComparison.Ordinal))
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToArray();
            Assert.Equal(7, declared.Length);
            Assert.Equal(declared, shown);
        }

        [Fact]
        public void Markdown_seed_outline_holds_its_front_matter_values()
        {
            using ToolRun run = Corpora.Create("seed-md");

            var (exit, output, _) = run.Run("show", MarkdownPath);

            Assert.Equal(0, exit);
            string[] lines = CheckTests.Lines(output);
            Assert.Contains("Published: 2015-03-20T08:30:00+07:00", lines);
            Assert.Contains("Authors:   Minh Anh, Thu Hà", lines);
            Assert.Contains("Tags:      Nam Từ Liêm, đại hội Đảng", lines);
            Assert.Contains("Category:  Thời sự", lines);
            Assert.Contains("Summary:   Quận Nam Từ Liêm báo cáo kết quả năm 2014.", lines);
            Assert.Contains("Metadata:  source_url = https://example.vn/no-luc", lines);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tool.Tests
{
    /// <summary>
    /// <c>contentgen check</c>: the diagnostics the build would report, line for line as the compiler prints the
    /// generator's, then one summary line; exit 0 with none, 1 with a warning or an error.
    /// </summary>
    public class CheckTests
    {
        private static readonly Regex SummaryLine = new(@"^\d+ articles, \d+ warnings or errors, \d+ info$");

        private static readonly Regex InfoLine = new(@"^content/[^()]+\(\d+,\d+\): info CG\d{4}: ");

        public static TheoryData<string> CorpusNames() => new(Corpora.Names.Concat(new[] { "bad-front-matter", "id-collision" }));

        [Fact]
        public void Seed_exits_0_and_prints_only_info_lines_and_the_summary()
        {
            using ToolRun run = Corpora.Create("seed-txt");

            var (exit, output, error) = run.Run("check");

            Assert.Equal(0, exit);
            Assert.Equal(string.Empty, error);
            string[] lines = Lines(output);
            Assert.Matches(SummaryLine, lines[^1]);
            Assert.All(lines[..^1], line => Assert.Matches(InfoLine, line));
        }

        [Fact]
        public void Hostile_corpus_exits_1()
        {
            using ToolRun run = Corpora.Create("hostile");

            var (exit, _, _) = run.Run("check");

            Assert.Equal(1, exit);
        }

        [Theory]
        [MemberData(nameof(CorpusNames))]
        public void Printed_lines_are_the_generator_diagnostics_as_the_compiler_prints_them(string corpus)
        {
            using ToolRun run = Create(corpus);
            GeneratorView generated = GeneratorView.Of(run);

            var (_, output, _) = run.Run("check");

            Assert.Equal(
                generated.DiagnosticLines.OrderBy(l => l, StringComparer.Ordinal),
                Lines(output)[..^1].OrderBy(l => l, StringComparer.Ordinal));
        }

        [Theory]
        [MemberData(nameof(CorpusNames))]
        public void Summary_counts_the_articles_and_diagnostics_the_build_has(string corpus)
        {
            using ToolRun run = Create(corpus);
            GeneratorView generated = GeneratorView.Of(run);
            int failing = generated.Result.Diagnostics.Count(d => d.Severity >= DiagnosticSeverity.Warning);

            var (exit, output, _) = run.Run("check");

            Assert.Equal(
                $"{generated.Articles.Count} articles, {failing} warnings or errors, {generated.Result.Diagnostics.Length - failing} info",
                Lines(output)[^1]);
            Assert.Equal(failing == 0 ? 0 : 1, exit);
        }

        [Theory]
        [InlineData("CG0009", "---\ntags: [giá xăng, kinh tế\n---\n# Giá xăng\n\nTTO - Giá xăng giảm.\n", 2)]
        [InlineData("CG0010", "---\ntitle: Giá xăng\n\n# Giá xăng\n\nTTO - Giá xăng giảm.\n", 1)]
        [InlineData("CG0011", "---\ndate: 14/07/2025\n---\n# Giá xăng\n\nTTO - Giá xăng giảm.\n", 2)]
        [InlineData("CG0012", "---\ntitle: Giá xăng\ncategory: [Kinh tế, Thời sự]\n---\n# Giá xăng\n\nTTO - Giá xăng giảm.\n", 3)]
        public void Bad_front_matter_gives_its_warning_at_its_line(string id, string text, int line)
        {
            using ToolRun run = new ToolRun().File("content/gia-xang.md", text);
            string expected = Assert.Single(GeneratorView.Of(run).DiagnosticLines, l => l.Contains(" " + id + ":", StringComparison.Ordinal));

            var (exit, output, _) = run.Run("check");

            Assert.Equal(1, exit);
            Assert.StartsWith($"content/gia-xang.md({line},", expected, StringComparison.Ordinal);
            Assert.Contains($": warning {id}: ", expected, StringComparison.Ordinal);
            Assert.Equal(expected, Assert.Single(Lines(output), l => l.Contains(" " + id + ":", StringComparison.Ordinal)));
        }

        [Fact]
        public void Id_collision_between_two_files_is_reported_on_the_renamed_file_as_the_build_reports_it()
        {
            using ToolRun run = Create("id-collision");
            string expected = Assert.Single(GeneratorView.Of(run).DiagnosticLines, l => l.Contains(" CG0006:", StringComparison.Ordinal));

            var (exit, output, _) = run.Run("check");

            Assert.Equal(1, exit);
            Assert.StartsWith("content/tin_moi.txt(", expected, StringComparison.Ordinal);
            Assert.Contains(": warning CG0006: ", expected, StringComparison.Ordinal);
            Assert.Equal(expected, Assert.Single(Lines(output), l => l.Contains(" CG0006:", StringComparison.Ordinal)));
        }

        internal static string[] Lines(string output) =>
            output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');

        private static ToolRun Create(string corpus) => corpus switch
        {
            "bad-front-matter" => new ToolRun().Files(new Dictionary<string, string>
            {
                ["content/unreadable-yaml.md"] = "---\ntags: [giá xăng, kinh tế\n---\n# Giá xăng\n\nTTO - Giá xăng giảm.\n",
                ["content/never-closed.md"] = "---\ntitle: Giá xăng\n\n# Giá xăng\n\nTTO - Giá xăng giảm.\n",
                ["content/bad-date.md"] = "---\ndate: 14/07/2025\n---\n# Giá xăng\n\nTTO - Giá xăng giảm.\n",
                ["content/wrong-shape.md"] = "---\ncategory: [Kinh tế, Thời sự]\nauthor: {name: Văn Khải}\n---\n# Giá xăng\n\nTTO - Giá xăng giảm.\n",
            }),
            "id-collision" => new ToolRun()
                .File("content/tin-moi.txt", "Tin mới một\n\nTTO - Sáng nay (14-7), giá xăng giảm 5%.\n")
                .File("content/tin_moi.txt", "Tin mới hai\n\nTTO - Chiều nay (14-7), giá dầu tăng 2%.\n"),
            _ => Corpora.Create(corpus),
        };
    }
}

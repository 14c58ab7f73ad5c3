using System;
using System.IO;
using System.Linq;
using Xunit;

namespace ContentGen.Tool.Tests
{
    /// <summary>
    /// What goes wrong outside the content: a path that is missing, a folder with no article, a file that cannot be read,
    /// a command line the tool cannot use. Each gives its exit code and one line on standard error, never a stack trace.
    /// </summary>
    public class ErrorTests
    {
        private const string UsageHint = "Run 'contentgen --help' for usage.";

        private const string UnreadableLine = "content/gone.txt(1,1): warning CG9999: ContentGen could not process 'content/gone.txt' (FileNotFoundException: ";

        [Theory]
        [InlineData("check", 2)]
        [InlineData("export", 1)]
        [InlineData("report", 1)]
        [InlineData("show", 1)]
        public void Missing_path_exits_with_the_command_code_and_one_error_line(string command, int code)
        {
            using ToolRun run = Corpora.Create("seed-txt");

            var (exit, _, error) = run.Run(command, "content/missing.txt");

            Assert.Equal(code, exit);
            Assert.Equal("contentgen: 'content/missing.txt' does not exist", OneLine(error));
        }

        [Fact]
        public void Missing_default_folder_is_bad_usage_for_check()
        {
            using var run = new ToolRun();

            var (exit, _, error) = run.Run("check");

            Assert.Equal(2, exit);
            Assert.Equal("contentgen: 'content' does not exist", OneLine(error));
        }

        [Theory]
        [InlineData("check", 2)]
        [InlineData("export", 1)]
        [InlineData("report", 1)]
        public void Folder_with_no_article_exits_with_the_command_code_and_one_error_line(string command, int code)
        {
            using ToolRun run = new ToolRun().File("notes/README.md", "# Ghi chú\n\nKhông phải bài viết.\n").File("notes/data.json", "{}");

            var (exit, _, error) = run.Run(command, "notes");

            Assert.Equal(code, exit);
            Assert.Equal("contentgen: 'notes' holds no article (*.txt, *.md)", OneLine(error));
        }

        // An unreadable file, for root too (root reads a file whatever its mode): a link to a file that is gone. The
        // folder search lists it (and File.Exists holds for it), and reading it fails. The tool says so as the build
        // would, in the compiler's format with the generator's CG9999 (a warning, so the rest of a build goes on), and
        // exits 1; check prints it with the other diagnostics on standard output.
        [Theory]
        [InlineData("export")]
        [InlineData("report")]
        public void Unreadable_file_exits_1_and_names_it_in_one_line_as_the_build_would(string command)
        {
            using ToolRun run = Unreadable();

            var (exit, _, error) = run.Run(command);

            Assert.Equal(1, exit);
            Assert.StartsWith(UnreadableLine, OneLine(error), StringComparison.Ordinal);
        }

        [Fact]
        public void Unreadable_file_exits_1_for_show_with_one_line_naming_it()
        {
            using ToolRun run = Unreadable();

            var (exit, output, error) = run.Run("show", "content/gone.txt");

            Assert.Equal(1, exit);
            Assert.Equal(string.Empty, output);
            Assert.StartsWith(UnreadableLine, OneLine(error), StringComparison.Ordinal);
        }

        [Fact]
        public void Unreadable_file_is_a_failing_diagnostic_for_check()
        {
            using ToolRun run = Unreadable();

            var (exit, output, error) = run.Run("check");

            Assert.Equal(1, exit);
            Assert.Equal(string.Empty, error);
            Assert.Single(CheckTests.Lines(output), l => l.StartsWith(UnreadableLine, StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("export", "-o")]
        [InlineData("report", "--output")]
        [InlineData("show")]
        public void Missing_value_exits_2_with_one_error_line_and_the_usage_hint(params string[] args)
        {
            using ToolRun run = Corpora.Create("seed-txt");

            var (exit, output, error) = run.Run(args);

            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, output);
            string[] lines = CheckTests.Lines(error);
            Assert.Equal(2, lines.Length);
            Assert.StartsWith("contentgen: Required argument", lines[0], StringComparison.Ordinal);
            Assert.Equal(UsageHint, lines[1]);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("frobnicate")]
        [InlineData]
        public void Unknown_or_missing_command_exits_2_with_error_lines_and_the_usage_hint(params string[] args)
        {
            using ToolRun run = Corpora.Create("seed-txt");

            var (exit, output, error) = run.Run(args);

            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, output);
            string[] lines = CheckTests.Lines(error);
            Assert.True(lines.Length >= 2, error);
            Assert.Equal(UsageHint, lines[^1]);
            Assert.All(lines[..^1], l => Assert.StartsWith("contentgen: ", l, StringComparison.Ordinal));
            Assert.True(args.Length == 0 || error.Contains("'frobnicate'", StringComparison.Ordinal), error);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }

        [Fact]
        public void Unknown_command_prints_exactly_one_error_line_naming_it()
        {
            using ToolRun run = Corpora.Create("seed-txt");

            var (_, _, error) = run.Run("frobnicate");

            Assert.Equal(new[] { "contentgen: Unrecognized command or argument 'frobnicate'.", UsageHint }, CheckTests.Lines(error));
        }

        [Theory]
        [InlineData("check")]
        [InlineData("export")]
        [InlineData("report")]
        [InlineData("show")]
        public void Unknown_option_exits_2_with_one_error_line_and_the_usage_hint(string command)
        {
            using ToolRun run = Corpora.Create("seed-txt");

            var (exit, output, error) = run.Run(command, "--frobnicate");

            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, output);
            string[] lines = CheckTests.Lines(error);
            Assert.Equal(2, lines.Length);
            Assert.StartsWith("contentgen: ", lines[0], StringComparison.Ordinal);
            Assert.Contains("--frobnicate", lines[0], StringComparison.Ordinal);
            Assert.Equal(UsageHint, lines[1]);
        }

        private static ToolRun Unreadable()
        {
            ToolRun run = new ToolRun().File("content/ok.txt", "Tin mới\n\nTTO - Sáng nay (14-7), giá xăng giảm 5%.\n");
            File.CreateSymbolicLink(Path.Combine(run.Directory, "content", "gone.txt"), Path.Combine(run.Directory, "content", "deleted.txt"));
            return run;
        }

        // Exactly one line, and no stack trace in it.
        private static string OneLine(string error)
        {
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
            Assert.EndsWith(Environment.NewLine, error, StringComparison.Ordinal);
            return Assert.Single(CheckTests.Lines(error));
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ContentGen.Testing.Tests
{
    /// <summary>The comparison engine, fed hand-made "generated sources" so it does not depend on the generator's output.</summary>
    public sealed class SnapshotVerifierTests : IDisposable
    {
        private const string Name = "SeedTests.Seed_output";
        private const string Hint = "Articles.g.cs";
        private static readonly string ProjectDirectory = Path.Combine(Path.GetTempPath(), "contentgen-project");

        private readonly TempDirectory _temp = new();
        private readonly SnapshotLocation _location;

        public SnapshotVerifierTests() => _location = new SnapshotLocation(_temp.Path, Name);

        private string VerifiedSource => Path.Combine(_location.Directory, Name + "#Articles.g.verified.cs");

        private string ReceivedSource => Path.Combine(_location.Directory, Name + "#Articles.g.received.cs");

        private string VerifiedDiagnostics => Path.Combine(_location.Directory, Name + ".verified.txt");

        private string ReceivedDiagnostics => Path.Combine(_location.Directory, Name + ".received.txt");

        public void Dispose() => _temp.Dispose();

        [Fact]
        public void Missing_verified_file_fails_and_writes_received()
        {
            var error = Assert.Throws<ContentGenSnapshotException>(() => Verify(Sources((Hint, "class A {}\n"))));

            Assert.Contains("Missing verified file " + VerifiedSource, error.Message);
            Assert.Equal("class A {}\n", File.ReadAllText(ReceivedSource));
            Assert.False(File.Exists(VerifiedSource));
        }

        [Fact]
        public void Missing_diagnostics_file_fails_even_when_there_are_no_diagnostics()
        {
            WriteVerified(VerifiedSource, "class A {}\n");

            var error = Assert.Throws<ContentGenSnapshotException>(() => Verify(Sources((Hint, "class A {}\n"))));

            Assert.Contains("Missing verified file " + VerifiedDiagnostics, error.Message);
            Assert.Equal(string.Empty, File.ReadAllText(ReceivedDiagnostics));
        }

        [Fact]
        public void Mismatch_fails_with_unified_diff()
        {
            var lines = Enumerable.Range(1, 12).Select(i => $"// line {i}").ToList();
            WriteVerified(VerifiedSource, string.Join("\n", lines) + "\n");
            WriteVerified(VerifiedDiagnostics, string.Empty);
            lines[5] = "// line six";

            var error = Assert.Throws<ContentGenSnapshotException>(() => Verify(Sources((Hint, string.Join("\n", lines) + "\n"))));

            Assert.Contains("Mismatch in " + VerifiedSource, error.Message);
            Assert.Contains(
                string.Join(
                    "\n",
                    "--- " + Name + "#Articles.g.verified.cs",
                    "+++ " + Name + "#Articles.g.received.cs",
                    "@@ -3,7 +3,7 @@",
                    " // line 3",
                    " // line 4",
                    " // line 5",
                    "-// line 6",
                    "+// line six",
                    " // line 7",
                    " // line 8",
                    " // line 9"),
                error.Message.Replace("\r\n", "\n"));
            Assert.Contains("// line six", File.ReadAllText(ReceivedSource));
            Assert.Contains("// line 6\n", File.ReadAllText(VerifiedSource));
        }

        [Fact]
        public void Match_removes_stale_received()
        {
            WriteVerified(VerifiedSource, "class A {}\n");
            WriteVerified(VerifiedDiagnostics, string.Empty);
            WriteVerified(ReceivedSource, "class Old {}\n");
            WriteVerified(ReceivedDiagnostics, "old\n");
            var goneReceived = Path.Combine(_location.Directory, Name + "#Gone.g.received.cs");
            WriteVerified(goneReceived, "class Gone {}\n");

            Verify(Sources((Hint, "class A {}\n")));

            Assert.False(File.Exists(ReceivedSource));
            Assert.False(File.Exists(ReceivedDiagnostics));
            Assert.False(File.Exists(goneReceived));
        }

        [Fact]
        public void Received_files_of_other_tests_are_kept()
        {
            WriteVerified(VerifiedSource, "class A {}\n");
            WriteVerified(VerifiedDiagnostics, string.Empty);
            var other = Path.Combine(_location.Directory, Name + "_more#Articles.g.received.cs");
            WriteVerified(other, "class Other {}\n");

            Verify(Sources((Hint, "class A {}\n")));

            Assert.True(File.Exists(other));
        }

        [Fact]
        public void Stale_verified_file_fails()
        {
            WriteVerified(VerifiedSource, "class A {}\n");
            WriteVerified(VerifiedDiagnostics, string.Empty);
            var stale = Path.Combine(_location.Directory, Name + "#Articles.removed.g.verified.cs");
            WriteVerified(stale, "class Removed {}\n");

            var error = Assert.Throws<ContentGenSnapshotException>(() => Verify(Sources((Hint, "class A {}\n"))));

            Assert.Contains("Stale verified file " + stale, error.Message);
            Assert.True(File.Exists(stale));
        }

        [Fact]
        public void Accept_env_overwrites_when_not_in_CI()
        {
            WriteVerified(VerifiedSource, "class Old {}\n");
            var settings = SnapshotSettings.FromEnvironment(Environment(accept: "1", ci: null));

            Verify(Sources((Hint, "class New {}\n")), settings: settings);

            Assert.Equal("class New {}\n", File.ReadAllText(VerifiedSource));
            Assert.Equal(string.Empty, File.ReadAllText(VerifiedDiagnostics));
            Assert.False(File.Exists(ReceivedSource));
        }

        [Fact]
        public void Accept_env_deletes_stale_verified_file()
        {
            var stale = Path.Combine(_location.Directory, Name + "#Articles.removed.g.verified.cs");
            WriteVerified(stale, "class Removed {}\n");
            var settings = SnapshotSettings.FromEnvironment(Environment(accept: "1", ci: null));

            Verify(Sources((Hint, "class A {}\n")), settings: settings);

            Assert.False(File.Exists(stale));
        }

        [Theory]
        [InlineData("true")]
        [InlineData("1")]
        [InlineData("false")]
        public void Accept_is_ignored_when_CI_is_set(string ci)
        {
            WriteVerified(VerifiedSource, "class Old {}\n");
            WriteVerified(VerifiedDiagnostics, string.Empty);
            var settings = SnapshotSettings.FromEnvironment(Environment(accept: "1", ci: ci));

            Assert.Throws<ContentGenSnapshotException>(() => Verify(Sources((Hint, "class New {}\n")), settings: settings));

            Assert.Equal("class Old {}\n", File.ReadAllText(VerifiedSource));
            Assert.Equal("class New {}\n", File.ReadAllText(ReceivedSource));
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("0")]
        [InlineData("true")]
        public void Accept_needs_the_variable_set_to_1(string? accept)
        {
            Assert.False(SnapshotSettings.FromEnvironment(Environment(accept, ci: null)).Accept);
        }

        [Fact]
        public void Line_endings_are_normalised()
        {
            WriteVerified(VerifiedSource, "class A\r\n{\r\n}\r\n");
            WriteVerified(VerifiedDiagnostics, string.Empty);

            Verify(Sources((Hint, "class A\r{\n}\r\n")));

            Assert.False(File.Exists(ReceivedSource));
        }

        [Fact]
        public void Missing_final_newline_shows_in_the_diff()
        {
            WriteVerified(VerifiedSource, "class A {}\n");
            WriteVerified(VerifiedDiagnostics, string.Empty);

            var error = Assert.Throws<ContentGenSnapshotException>(() => Verify(Sources((Hint, "class A {}"))));

            Assert.Contains(" class A {}\n+\\ No newline at end of file\n", error.Message.Replace("\r\n", "\n"));
        }

        [Fact]
        public void Written_files_are_utf8_without_bom_with_lf()
        {
            Assert.Throws<ContentGenSnapshotException>(() => Verify(Sources((Hint, "// é\r\nclass A {}\r\n"))));

            Assert.Equal(Encoding.UTF8.GetBytes("// é\nclass A {}\n"), File.ReadAllBytes(ReceivedSource));
        }

        [Fact]
        public void Diagnostics_are_compared_one_line_each()
        {
            WriteVerified(VerifiedDiagnostics, string.Empty);
            var descriptor = new DiagnosticDescriptor("CG0001", "Bad article", "Article '{0}' has no title", "ContentGen", DiagnosticSeverity.Warning, isEnabledByDefault: true);
            var path = Path.Combine(ProjectDirectory, "content", "a.txt");
            var diagnostic = Diagnostic.Create(
                descriptor,
                Location.Create(path, new TextSpan(0, 3), new LinePositionSpan(new LinePosition(1, 0), new LinePosition(1, 3))),
                path);

            Assert.Throws<ContentGenSnapshotException>(
                () => Verify(Array.Empty<KeyValuePair<string, string>>(), new[] { diagnostic }, new Scrubber(ProjectDirectory, new[] { path }, Array.Empty<string>())));

            Assert.Equal(
                "CG0001 Warning content/a.txt(2,1)-(2,4): Article 'content/a.txt' has no title\n",
                File.ReadAllText(ReceivedDiagnostics));
        }

        private static IReadOnlyList<KeyValuePair<string, string>> Sources(params (string Hint, string Text)[] sources) =>
            sources.Select(source => new KeyValuePair<string, string>(source.Hint, source.Text)).ToArray();

        private static Func<string, string?> Environment(string? accept, string? ci) =>
            name => name switch
            {
                SnapshotSettings.AcceptVariable => accept,
                SnapshotSettings.CiVariable => ci,
                _ => null,
            };

        private static void WriteVerified(string path, string text)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        private void Verify(
            IReadOnlyList<KeyValuePair<string, string>> sources,
            IEnumerable<Diagnostic>? diagnostics = null,
            Scrubber? scrubber = null,
            SnapshotSettings? settings = null) =>
            SnapshotVerifier.Verify(
                _location,
                sources,
                diagnostics ?? Array.Empty<Diagnostic>(),
                scrubber ?? new Scrubber(ProjectDirectory, Array.Empty<string>(), Array.Empty<string>()),
                settings ?? new SnapshotSettings(accept: false));
    }
}

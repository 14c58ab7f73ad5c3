using System;
using System.IO;
using System.Linq;
using ContentGen.Generator;
using Xunit;

namespace ContentGen.Testing.Tests
{
    public sealed class ScrubberTests
    {
        private static readonly string ProjectDirectory = Path.Combine(Path.GetTempPath(), "contentgen-project");

        [Fact]
        public void Version_strings_are_scrubbed()
        {
            var scrubber = new Scrubber(ProjectDirectory, Array.Empty<string>(), new[] { "1.2.3.4", "1.2.3+abc123", "1.2.3" });
            var source = string.Join(
                "\n",
                "[global::System.CodeDom.Compiler.GeneratedCode(\"ContentGen.Generator\", \"9.9.9.9\")]",
                "[GeneratedCodeAttribute( \"Other\" , \"0.0.1\" )]",
                "// built by 1.2.3.4 (1.2.3+abc123), package 1.2.3",
                "// 11.2.3 and 1.2.3.45 are not the generator's version");

            Assert.Equal(
                string.Join(
                    "\n",
                    "[global::System.CodeDom.Compiler.GeneratedCode(\"ContentGen.Generator\", \"{version}\")]",
                    "[GeneratedCodeAttribute( \"Other\" , \"{version}\" )]",
                    "// built by {version} ({version}), package {version}",
                    "// 11.2.3 and 1.2.3.45 are not the generator's version"),
                scrubber.Scrub(source));
        }

        [Fact]
        public void Generator_versions_include_the_assembly_version()
        {
            var version = typeof(Generator.ContentGenerator).Assembly.GetName().Version!.ToString();

            Assert.Contains(version, Scrubber.GeneratorVersions());
        }

        [Fact]
        public void Absolute_paths_become_relative_with_forward_slashes()
        {
            var article = Path.Combine(ProjectDirectory, "content", "news", "a.txt");
            var scrubber = new Scrubber(ProjectDirectory, new[] { article }, Array.Empty<string>());
            var source = string.Join(
                "\n",
                "#line 1 \"" + article + "\"",
                "// from " + Path.Combine(ProjectDirectory, "content") + " and " + article.Replace('\\', '/'),
                "// project " + ProjectDirectory + ", other " + Path.Combine(ProjectDirectory, "obj") + Path.DirectorySeparatorChar);

            Assert.Equal(
                string.Join(
                    "\n",
                    "#line 1 \"content/news/a.txt\"",
                    "// from content and content/news/a.txt",
                    "// project ., other obj" + Path.DirectorySeparatorChar),
                scrubber.Scrub(source));
        }

        [Fact]
        public void Line_endings_become_lf()
        {
            var scrubber = new Scrubber(ProjectDirectory, Array.Empty<string>(), Array.Empty<string>());

            Assert.Equal("a\nb\nc\n", scrubber.Scrub("a\r\nb\rc\n"));
        }
    }
}

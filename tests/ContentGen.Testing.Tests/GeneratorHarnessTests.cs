using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ContentGen.Generator;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Testing.Tests
{
    /// <summary>The driver set-up, checked with small stand-in generators so it does not depend on the real one's output.</summary>
    public sealed class GeneratorHarnessTests
    {
        private static readonly string Project = ArticleFiles.VirtualProjectDirectory;

        [Fact]
        public void Articles_and_build_options_reach_the_generator()
        {
            var options = new ContentGenOptions { Namespace = "News", RootNamespace = "Site" };
            options.GlobalOptions["build_property.Extra"] = "yes";

            var result = GeneratorHarness.Run(new EchoGenerator(), Project, Articles(("content/a.txt", "Hello")), options);

            var echo = Assert.Single(result.Sources);
            Assert.Equal("Echo.g.cs", echo.Key);
            Assert.Equal(
                string.Join(
                    "\n",
                    $"{Path.Combine(Project, "content", "a.txt")}: Hello",
                    $"{GeneratorOptionNames.Namespace}=News",
                    $"{GeneratorOptionNames.RootNamespace}=Site",
                    $"{GeneratorOptionNames.ProjectDirectory}={Project}",
                    "build_property.Extra=yes"),
                echo.Value);
        }

        [Fact]
        public void Unset_options_are_absent()
        {
            var result = GeneratorHarness.Run(new EchoGenerator(), Project, Articles(), options: null);

            Assert.Contains($"{GeneratorOptionNames.Namespace}=(unset)", result.Sources["Echo.g.cs"]);
            Assert.Contains($"{GeneratorOptionNames.RootNamespace}=(unset)", result.Sources["Echo.g.cs"]);
            Assert.Contains("build_property.Extra=(unset)", result.Sources["Echo.g.cs"]);
        }

        [Fact]
        public void Incremental_steps_are_tracked()
        {
            var result = GeneratorHarness.Run(new EchoGenerator(), Project, Articles(("content/a.txt", "Hello")), options: null);

            Assert.Contains(EchoGenerator.ArticlesStep, result.GeneratorResult.TrackedSteps.Keys);
        }

        [Fact]
        public void Generator_exception_is_rethrown()
        {
            var error = Assert.Throws<InvalidOperationException>(
                () => GeneratorHarness.Run(new ThrowingGenerator(), Project, Articles(), options: null));

            Assert.Equal("boom", error.Message);
        }

        [Fact]
        public void Run_uses_the_ContentGen_generator()
        {
            var result = ContentGenRunner.Run(Articles());

            Assert.Equal(typeof(ContentGenerator), result.GeneratorResult.Generator.GetGeneratorType());
            Assert.Equal(Project, result.ProjectDirectory);
        }

        private static IReadOnlyList<KeyValuePair<string, string>> Articles(params (string Path, string Text)[] files) =>
            ArticleFiles.InProject(Project, files.Select(file => new KeyValuePair<string, string>(file.Path, file.Text)));

        private sealed class ThrowingGenerator : IIncrementalGenerator
        {
            public void Initialize(IncrementalGeneratorInitializationContext context) =>
                context.RegisterPostInitializationOutput(_ => throw new InvalidOperationException("boom"));
        }
    }
}

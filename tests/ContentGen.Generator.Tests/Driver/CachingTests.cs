using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using ContentGen.Core.Naming;
using ContentGen.Generator;
using ContentGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ContentGen.Generator.Tests.Driver
{
    /// <summary>The pipeline caches: unchanged input re-runs nothing, and an edit re-runs only what it touches.</summary>
    public class CachingTests
    {
        private const string Project = "/repo/app";

        private static readonly string[] StepNames =
        {
            TrackingNames.Utf8Support, TrackingNames.Options, TrackingNames.ReadArticles, TrackingNames.ParseArticles, TrackingNames.ArticleKeys,
            TrackingNames.AssignIds, TrackingNames.Identities, TrackingNames.ArticleIdentity, TrackingNames.EmitArticles, TrackingNames.EmitIndex, TrackingNames.TableRows, TrackingNames.EmitTable,
        };

        private static readonly KeyValuePair<string, string>[] TwoArticles =
        {
            new(Project + "/content/mot.txt", "Bài một\n\nDoanh thu đạt 10 tỷ đồng, ông Trần Văn Khải nói.\n"),
            new(Project + "/content/hai.txt", "Bài hai\n\nSản lượng tăng 5%.\n"),
        };

        private static readonly KeyValuePair<string, string>[] NotArticles =
        {
            new(Project + "/PublicAPI.Shipped.txt", "Tiêu đề giả\n\nKhông phải bài viết.\n"),
        };

        private static (GeneratorDriver Driver, CSharpCompilation Compilation, ImmutableArray<AdditionalText> Files) FirstRun()
        {
            var (driver, compilation, files) = GeneratorHarness.CreateDriver(
                new ContentGenerator(), Project, TwoArticles, new ContentGenOptions { RootNamespace = "App" }, NotArticles);
            return (driver.RunGenerators(compilation), compilation, files);
        }

        private static IncrementalStepRunReason[] Reasons(GeneratorDriver driver, string step) =>
            driver.GetRunResult().Results.Single().TrackedSteps.TryGetValue(step, out ImmutableArray<IncrementalGeneratorRunStep> runs)
                ? runs.SelectMany(r => r.Outputs).Select(o => o.Reason).ToArray()
                : Array.Empty<IncrementalStepRunReason>();

        [Fact]
        public void Second_run_with_the_same_input_is_all_cached()
        {
            var (driver, compilation, _) = FirstRun();

            driver = driver.RunGenerators(compilation.Clone());

            foreach (string step in StepNames)
            {
                Assert.All(Reasons(driver, step), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {r}"));
            }

            Assert.All(
                driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(r => r.Outputs),
                o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        }

        [Fact]
        public void Editing_an_unrelated_csharp_file_re_reads_and_re_parses_nothing()
        {
            var (driver, compilation, _) = FirstRun();

            driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App { internal class Unrelated { } }")));

            Assert.All(Reasons(driver, TrackingNames.ReadArticles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
            Assert.All(Reasons(driver, TrackingNames.ParseArticles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
            Assert.All(Reasons(driver, TrackingNames.EmitArticles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        }

        [Fact]
        public void Editing_one_of_two_articles_changes_only_that_articles_output()
        {
            var (driver, compilation, files) = FirstRun();
            ImmutableDictionary<string, string> before = Sources(driver);
            AdditionalText edited = files.Single(f => f.Path.EndsWith("hai.txt", StringComparison.Ordinal));

            driver = driver
                .ReplaceAdditionalText(edited, ReplacedText(edited.Path, "Bài hai\n\nSản lượng tăng 7%.\n"))
                .RunGenerators(compilation);
            ImmutableDictionary<string, string> after = Sources(driver);

            Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(driver, TrackingNames.ParseArticles).Where(r => r != IncrementalStepRunReason.Cached));
            Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(driver, TrackingNames.EmitArticles).Where(r => r != IncrementalStepRunReason.Cached));
            Assert.All(Reasons(driver, TrackingNames.AssignIds), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
            Assert.All(Reasons(driver, TrackingNames.EmitIndex), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
            Assert.Equal(before["Articles.Mot.g.cs"], after["Articles.Mot.g.cs"]);
            Assert.Equal(before["Articles.g.cs"], after["Articles.g.cs"]);
            Assert.NotEqual(before["Articles.Hai.g.cs"], after["Articles.Hai.g.cs"]);
            Assert.NotEqual(before["Articles.Table.g.cs"], after["Articles.Table.g.cs"]);
        }

        [Fact]
        public void Text_files_that_are_not_articles_are_never_read_as_articles()
        {
            var (driver, _, _) = FirstRun();

            Assert.Equal(new[] { "Articles.Hai.g.cs", "Articles.Mot.g.cs", "Articles.Table.g.cs", "Articles.g.cs" }, Sources(driver).Keys.OrderBy(k => k, StringComparer.Ordinal));
            Assert.Equal(2, Reasons(driver, TrackingNames.ParseArticles).Length);
        }

        [Fact]
        public void No_step_caches_a_compilation_symbol_or_syntax_node()
        {
            var (driver, compilation, _) = FirstRun();
            driver = driver.RunGenerators(compilation.Clone());
            GeneratorRunResult result = driver.GetRunResult().Results.Single();

            foreach (string step in StepNames)
            {
                Assert.True(result.TrackedSteps.ContainsKey(step), $"step {step} was not tracked");
                foreach (IncrementalGeneratorRunStep run in result.TrackedSteps[step])
                {
                    foreach ((object value, IncrementalStepRunReason _) in run.Outputs)
                    {
                        AssertNoRoslynObjects(value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
                    }
                }
            }
        }

        private static void AssertNoRoslynObjects(object? value, string path, HashSet<object> seen)
        {
            if (value is null || value is string || value is decimal || value.GetType().IsPrimitive || value.GetType().IsEnum)
            {
                return;
            }

            Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or SemanticModel or Location, $"{path} holds a {value.GetType().Name}");
            if (!value.GetType().IsValueType && !seen.Add(value))
            {
                return;
            }

            if (value is IEnumerable items)
            {
                int i = 0;
                foreach (object? item in items)
                {
                    AssertNoRoslynObjects(item, $"{path}[{i++}]", seen);
                }

                return;
            }

            foreach (FieldInfo field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                AssertNoRoslynObjects(field.GetValue(value), path + "." + field.Name, seen);
            }
        }

        private static ImmutableDictionary<string, string> Sources(GeneratorDriver driver) =>
            driver.GetRunResult().Results.Single().GeneratedSources.ToImmutableDictionary(s => s.HintName, s => s.SourceText.ToString());

        // The harness's own in-memory file: the options provider knows articles by path, so it stays an article.
        private static AdditionalText ReplacedText(string path, string text) => new InMemoryAdditionalText(path, text);
    }
}

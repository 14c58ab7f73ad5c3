using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using ContentGen.Generator;
using ContentGen.Generator.Emitting;
using ContentGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ContentGen.Generator.Tests.Driver
{
    /// <summary>A large project gets its article classes in a fixed number of parts; a small one gets one source each.</summary>
    public class PartsTests
    {
        private const string Project = "/repo/app";

        private static KeyValuePair<string, string>[] Articles(int count) => Enumerable.Range(0, count)
            .Select(i => new KeyValuePair<string, string>(
                $"{Project}/content/tin-{i:D3}.txt",
                $"Tin số {i} của tỉnh\n\nTTO - Doanh thu đạt {i + 10} tỷ đồng, tăng {i % 9 + 1}%. “Chúng tôi sẽ làm tiếp trong năm tới”, ông Trần Văn Khải nói.\n"))
            .ToArray();

        private static ContentGenRunResult Run(int count) =>
            ContentGenRunner.Run(Articles(count).Select(a => new KeyValuePair<string, string>(a.Key.Substring(Project.Length + 1), a.Value)), new ContentGenOptions { RootNamespace = "App" });

        [Fact]
        public void Up_to_the_limit_every_article_has_its_own_source()
        {
            ContentGenRunResult result = Run(PartEmitter.OneFileEachUpTo);

            Assert.Equal(PartEmitter.OneFileEachUpTo + 2, result.Sources.Count);
            Assert.DoesNotContain(result.Sources.Keys, k => k.StartsWith("Articles.Part", StringComparison.Ordinal));
        }

        [Fact]
        public void Past_the_limit_the_classes_are_in_parts_each_once_and_the_code_runs()
        {
            const int Count = PartEmitter.OneFileEachUpTo + 50;
            ContentGenRunResult result = Run(Count);
            string[] parts = result.Sources.Keys.Where(k => k.StartsWith("Articles.Part", StringComparison.Ordinal)).ToArray();

            Assert.Equal(parts.Length + 2, result.Sources.Count);
            Assert.InRange(parts.Length, 2, PartEmitter.PartCount);
            string[] classes = parts
                .SelectMany(p => CSharpSyntaxTree.ParseText(result.Sources[p]).GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>())
                .Where(c => c.Identifier.Text.StartsWith("Tin", StringComparison.Ordinal))
                .Select(c => c.Identifier.Text)
                .ToArray();
            Assert.Equal(Count, classes.Length);
            Assert.Equal(Count, classes.Distinct(StringComparer.Ordinal).Count());
            Assert.All(parts, p => Assert.All(
                CSharpSyntaxTree.ParseText(result.Sources[p]).GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().Where(c => c.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax { Identifier.Text: "Articles" }),
                c => Assert.Equal(p, PartEmitter.HintName(PartEmitter.PartOf(c.Identifier.Text)))));

            CSharpCompilation compilation = GeneratedCode.Compile(result.Sources.Values);
            Assert.Empty(GeneratedCode.Problems(compilation));
            Assembly assembly = GeneratedCode.Load(compilation);
            var all = (IReadOnlyList<Article>)GeneratedCode.Member(assembly, "App.Content.Articles", "All")!;
            Assert.Equal(Count, all.Count);
            var metric = (Metric)GeneratedCode.Member(assembly, "App.Content.Articles+Tin123+Metrics", "DoanhThu")!;
            Assert.Equal(133m, metric.Value);
        }

        [Fact]
        public void An_edit_in_a_large_project_re_joins_only_the_edited_articles_part()
        {
            KeyValuePair<string, string>[] articles = Articles(PartEmitter.OneFileEachUpTo + 20);
            var (driver, compilation, files) = GeneratorHarness.CreateDriver(new ContentGenerator(), Project, articles, new ContentGenOptions { RootNamespace = "App" });
            driver = driver.RunGenerators(compilation);
            ImmutableDictionary<string, string> before = Sources(driver);
            AdditionalText edited = files.Single(f => f.Path.EndsWith("tin-042.txt", StringComparison.Ordinal));

            driver = driver.ReplaceAdditionalText(edited, new InMemoryAdditionalText(edited.Path, "Tin số 42 của tỉnh\n\nTTO - Doanh thu đạt 99 tỷ đồng.\n")).RunGenerators(compilation);
            ImmutableDictionary<string, string> after = Sources(driver);

            string part = PartEmitter.HintName(PartEmitter.PartOf("Tin042"));
            Assert.Equal(before.Keys.OrderBy(k => k, StringComparer.Ordinal), after.Keys.OrderBy(k => k, StringComparer.Ordinal));
            Assert.Equal(
                new[] { part, TableEmitter.HintName },
                after.Keys.Where(k => before[k] != after[k]).OrderBy(k => k, StringComparer.Ordinal));
            Assert.Equal(
                new[] { IncrementalStepRunReason.Modified },
                Reasons(driver, TrackingNames.EmitArticles).Where(r => r != IncrementalStepRunReason.Cached));
            Assert.Equal(
                new[] { IncrementalStepRunReason.Modified },
                Reasons(driver, TrackingNames.EmitParts).Where(r => r is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)));
        }

        private static IncrementalStepRunReason[] Reasons(GeneratorDriver driver, string step) =>
            driver.GetRunResult().Results.Single().TrackedSteps.TryGetValue(step, out ImmutableArray<IncrementalGeneratorRunStep> runs)
                ? runs.SelectMany(r => r.Outputs).Select(o => o.Reason).ToArray()
                : Array.Empty<IncrementalStepRunReason>();

        private static ImmutableDictionary<string, string> Sources(GeneratorDriver driver) =>
            driver.GetRunResult().Results.Single().GeneratedSources.ToImmutableDictionary(s => s.HintName, s => s.SourceText.ToString());
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ContentGen.Core.Naming;
using ContentGen.Generator;
using ContentGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ContentGen.Generator.Tests.Driver
{
    /// <summary>
    /// After each kind of edit, the reason of every tracked step's outputs, in input order (mot, hai, ba). Each table
    /// states what the edit is allowed to re-run; anything more is wasted work on every keystroke.
    /// </summary>
    public class ReasonTableTests
    {
        private const string Project = "/repo/app";

        private static readonly string[] Steps =
        {
            TrackingNames.Options, TrackingNames.ReadArticles, TrackingNames.ParseArticles, TrackingNames.ArticleKeys, TrackingNames.AssignIds,
            TrackingNames.Identities, TrackingNames.ArticleIdentity, TrackingNames.EmitArticles, TrackingNames.EmitIndex,
            TrackingNames.TableRows, TrackingNames.EmitTable,
        };

        private static readonly KeyValuePair<string, string>[] Articles =
        {
            new(Project + "/content/mot.txt", "Bài một\n\nDoanh thu đạt 10 tỷ đồng.\n"),
            new(Project + "/content/hai.txt", "Bài hai\n\nSản lượng tăng 5%.\n"),
            new(Project + "/content/ba.txt", "Bài ba\n\nĐoạn mở đầu.\n"),
        };

        private sealed record Session(GeneratorDriver Driver, CSharpCompilation Compilation, ImmutableArray<AdditionalText> Files)
        {
            public AdditionalText File(string name) => Files.Single(f => f.Path.EndsWith("/" + name, StringComparison.Ordinal));
        }

        private static Session Start(ContentGenOptions? options = null)
        {
            var (driver, compilation, files) = GeneratorHarness.CreateDriver(new ContentGenerator(), Project, Articles, options ?? new ContentGenOptions { RootNamespace = "App" });
            return new Session(driver.RunGenerators(compilation), compilation, files);
        }

        private static string Table(GeneratorDriver driver)
        {
            IReadOnlyDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> tracked = driver.GetRunResult().Results.Single().TrackedSteps;
            return string.Join("\n", Steps.Select(step => step + ": " + string.Join(", ",
                tracked.TryGetValue(step, out ImmutableArray<IncrementalGeneratorRunStep> runs) ? runs.SelectMany(r => r.Outputs).Select(o => o.Reason.ToString()) : Array.Empty<string>())));
        }

        private static string Expected(params string[] rows) => string.Join("\n", rows);

        // Row by row, so a failure names the step whose reasons differ.
        private static void AssertTable(string expected, string actual) => Assert.True(expected == actual, "Expected:\n" + expected + "\nActual:\n" + actual);

        [Fact]
        public void No_edit_re_runs_nothing()
        {
            Session s = Start();

            AssertTable(
                Expected(
                    "Options: Cached",
                    "ReadArticles: Cached, Cached, Cached",
                    "ParseArticles: Cached, Cached, Cached",
                    "ArticleKeys: Cached, Cached, Cached",
                    "AssignIds: Cached",
                    "Identities: Cached",
                    "ArticleIdentity: Cached, Cached, Cached",
                    "EmitArticles: Cached, Cached, Cached",
                    "EmitIndex: Cached",
                    "TableRows: Cached",
                    "EmitTable: Cached"),
                Table(s.Driver.RunGenerators(s.Compilation.Clone())));
        }

        [Fact]
        public void An_edit_to_csharp_code_re_runs_nothing()
        {
            Session s = Start();

            Assert.Equal(
                Table(s.Driver.RunGenerators(s.Compilation.Clone())),
                Table(s.Driver.RunGenerators(s.Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }")))));
        }

        [Fact]
        public void An_edit_to_an_article_body_re_runs_that_article_only()
        {
            Session s = Start();
            AdditionalText hai = s.File("hai.txt");

            GeneratorDriver driver = s.Driver.ReplaceAdditionalText(hai, Text(hai.Path, "Bài hai\n\nSản lượng tăng 7%.\n")).RunGenerators(s.Compilation);

            AssertTable(
                Expected(
                    "Options: Cached",
                    "ReadArticles: Cached, Modified, Cached",
                    "ParseArticles: Cached, Modified, Cached",
                    "ArticleKeys: Cached, Unchanged, Cached",
                    "AssignIds: Cached",
                    "Identities: Cached",
                    "ArticleIdentity: Cached, Modified, Cached",
                    "EmitArticles: Cached, Modified, Cached",
                    "EmitIndex: Cached",
                    "TableRows: Modified",
                    "EmitTable: Modified"),
                Table(driver));
        }

        [Fact]
        public void Adding_an_article_emits_it_and_the_table_only()
        {
            Session s = Start();
            AdditionalText ba = s.File("ba.txt");
            GeneratorDriver without = s.Driver.RemoveAdditionalTexts(ImmutableArray.Create(ba)).RunGenerators(s.Compilation);

            GeneratorDriver driver = without.AddAdditionalTexts(ImmutableArray.Create(ba)).RunGenerators(s.Compilation);

            AssertTable(
                Expected(
                    "Options: Cached",
                    "ReadArticles: Cached, Cached, New",
                    "ParseArticles: Cached, Cached, New",
                    "ArticleKeys: Cached, Cached, New",
                    "AssignIds: Modified",
                    "Identities: Modified",
                    "ArticleIdentity: Unchanged, Unchanged, New",
                    "EmitArticles: Cached, Cached, New",
                    "EmitIndex: Cached",
                    "TableRows: Modified",
                    "EmitTable: Modified"),
                Table(driver));
        }

        [Fact]
        public void Removing_an_article_re_emits_only_the_table()
        {
            Session s = Start();

            GeneratorDriver driver = s.Driver.RemoveAdditionalTexts(ImmutableArray.Create(s.File("ba.txt"))).RunGenerators(s.Compilation);

            AssertTable(
                Expected(
                    "Options: Cached",
                    "ReadArticles: Cached, Cached, Removed",
                    "ParseArticles: Cached, Cached, Removed",
                    "ArticleKeys: Cached, Cached, Removed",
                    "AssignIds: Modified",
                    "Identities: Modified",
                    "ArticleIdentity: Unchanged, Unchanged, Removed",
                    "EmitArticles: Cached, Cached, Removed",
                    "EmitIndex: Cached",
                    "TableRows: Modified",
                    "EmitTable: Modified"),
                Table(driver));
        }

        [Fact]
        public void Changing_the_namespace_re_wraps_but_never_re_parses_or_re_emits_a_class()
        {
            Session s = Start();
            GeneratorDriver reconfigured = s.Driver.WithUpdatedAnalyzerConfigOptions(Options(new ContentGenOptions { Namespace = "App.News" }, s.Files));

            GeneratorDriver driver = reconfigured.RunGenerators(s.Compilation);

            // New analyzer config options are new options for every file too, so each file is looked at again and found
            // unchanged; nothing is parsed again.
            AssertTable(
                Expected(
                    "Options: Modified",
                    "ReadArticles: Unchanged, Unchanged, Unchanged",
                    "ParseArticles: Cached, Cached, Cached",
                    "ArticleKeys: Cached, Cached, Cached",
                    "AssignIds: Cached",
                    "Identities: Cached",
                    "ArticleIdentity: Cached, Cached, Cached",
                    "EmitArticles: Cached, Cached, Cached",
                    "EmitIndex: Modified",
                    "TableRows: Cached",
                    "EmitTable: Modified"),
                Table(driver));
        }

        [Fact]
        public void Changing_the_language_version_re_wraps_but_never_re_reads_or_re_emits_a_class()
        {
            Session s = Start();

            GeneratorDriver driver = s.Driver.WithUpdatedParseOptions(new CSharpParseOptions(LanguageVersion.CSharp7_3)).RunGenerators(s.Compilation);

            AssertTable(
                Expected(
                    "Options: Modified",
                    "ReadArticles: Cached, Cached, Cached",
                    "ParseArticles: Cached, Cached, Cached",
                    "ArticleKeys: Cached, Cached, Cached",
                    "AssignIds: Cached",
                    "Identities: Cached",
                    "ArticleIdentity: Cached, Cached, Cached",
                    "EmitArticles: Cached, Cached, Cached",
                    "EmitIndex: Modified",
                    "TableRows: Cached",
                    "EmitTable: Modified"),
                Table(driver));
        }

        // The harness's own in-memory file: the options provider knows articles by path, so it stays an article.
        private static AdditionalText Text(string path, string text) => new InMemoryAdditionalText(path, text);

        private static Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider Options(ContentGenOptions options, ImmutableArray<AdditionalText> files) =>
            GeneratorHarness.OptionsProvider(Project, options, files);
    }
}

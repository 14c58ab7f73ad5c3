using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ContentGen.Core.Model;
using ContentGen.Testing;
using ContentGen.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ContentGen.Generator.Tests.Driver
{
    /// <summary>
    /// Untrusted content: whatever a file holds, the generated code compiles with no error, no type or member appears
    /// that the content spelled out, and the text comes back exactly.
    /// </summary>
    public class HostileContentTests
    {
        internal const string SeedPath = "content/no-luc-hoan-thanh-cac-nhiem-vu-trong-tam.txt";

        internal static Dictionary<string, string> CorpusWithSeed()
        {
            Dictionary<string, string> files = HostileCorpus.Files();
            files[SeedPath] = SeedTests.SeedText();
            return files;
        }

        private static readonly Lazy<ContentGenRunResult> Result = new(() =>
            ContentGenRunner.Run(CorpusWithSeed(), new ContentGenOptions { RootNamespace = "Consumer" }));

        private static readonly Lazy<CSharpCompilation> Compiled = new(() => GeneratedCode.Compile(Result.Value.Sources.Values));

        [Fact]
        public void The_corpus_and_the_seed_compile_together_with_no_error_and_the_seed_unchanged()
        {
            CSharpCompilation compilation = Compiled.Value;

            Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
            Assert.DoesNotContain(Result.Value.Diagnostics, d => d.Id is "CS8785" or "AD0001" or "CG9999");
            string seedAlone = ContentGenRunner.Run(
                new Dictionary<string, string> { [SeedPath] = SeedTests.SeedText() },
                new ContentGenOptions { RootNamespace = "Consumer" }).Sources["Articles.NoLucHoanThanhCacNhiemVuTrongTam.g.cs"];
            Assert.Equal(seedAlone, Result.Value.Sources["Articles.NoLucHoanThanhCacNhiemVuTrongTam.g.cs"]);
        }

        [Fact]
        public void No_type_or_member_appears_that_the_content_spelled_out()
        {
            CSharpCompilation compilation = Compiled.Value;
            INamespaceSymbol global = compilation.Assembly.GlobalNamespace;

            var types = new List<INamedTypeSymbol>();
            Collect(global, types);

            // Every type is Articles, its table's rows, an article class, or an article's Metrics/Quotes.
            Assert.All(types, t => Assert.Equal("Consumer.Content", t.ContainingNamespace.ToDisplayString()));
            INamedTypeSymbol articles = Assert.Single(types, t => t.ContainingType is null);
            Assert.Equal("Articles", articles.Name);
            Assert.All(types.Where(t => t.ContainingType is { } c && c.Equals(articles, SymbolEqualityComparer.Default) && t.Name != "contentGenRows"), article =>
            {
                Assert.Equal(new[] { "Metrics", "Quotes" }, article.GetTypeMembers().Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal));
                Assert.All(article.GetTypeMembers().SelectMany(t => t.GetMembers()), m =>
                    Assert.True(m is IPropertySymbol { IsStatic: true, Type.Name: "Metric" or "Quote" } or IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.StaticConstructor }, m.ToDisplayString()));
            });

            // The only method anyone can call is Find; no type is named after anything the content spelled.
            Assert.Equal(new[] { "Find" }, articles.GetMembers().OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary && m.DeclaredAccessibility == Accessibility.Public).Select(m => m.Name));
            HashSet<string> ids = Result.Value.Sources.Keys
                .Where(k => k is not "Articles.g.cs" and not "Articles.Table.g.cs")
                .Select(k => k.Substring("Articles.".Length, k.Length - "Articles.".Length - ".g.cs".Length))
                .ToHashSet(StringComparer.Ordinal);
            Assert.All(types, t => Assert.True(t.Name is "Articles" or "contentGenRows" or "Metrics" or "Quotes" || ids.Contains(t.Name), t.Name));
            Assert.DoesNotContain(types, t => t.Name is "Evil" or "Evil2" or "Pwned");
            Assert.Null(compilation.GetEntryPoint(default));
        }

        [Fact]
        public void Text_round_trips_exactly_through_the_generated_table()
        {
            Dictionary<string, Article> articleByPath = GeneratedCode.Table(Result.Value.Sources[Generator.Emitting.TableEmitter.HintName])
                .ToDictionary(a => a.Path, StringComparer.Ordinal);
            foreach ((string path, string text) in HostileCorpus.Files().Where(f => f.Value.Length < 100_000))
            {
                Article? decoded = articleByPath.GetValueOrDefault(path);
                Core.Model.ParsedArticle? parsed = Core.Parsing.ArticleParser.Parse(text);
                if (parsed is null)
                {
                    Assert.Null(decoded);
                    continue;
                }

                Assert.NotNull(decoded);
                Assert.Equal(path, decoded.Path);
                Assert.Equal(parsed.Title, decoded.Title);
                Assert.Equal(parsed.Sections.Select(s => s.Text), decoded.Sections.Select(s => s.Text));
                Assert.Equal(parsed.Quotes.Select(q => (q.Text, q.Speaker)), decoded.Quotes.Select(q => (q.Text, q.Speaker)));
                Assert.Equal(parsed.Metrics.Select(m => (m.Text, m.Value, m.MaxValue, m.Unit, m.Label)), decoded.Metrics.Select(m => (m.Text, m.Value, m.MaxValue, m.Unit, m.Label)));
                Assert.Contains(parsed.Title, text, StringComparison.Ordinal);
                Assert.All(parsed.Sections, s => Assert.Contains(s.Text, text.Replace('\n', ' '), StringComparison.Ordinal));
            }
        }

        [Fact]
        public void Files_without_an_article_are_skipped_with_a_warning_naming_them()
        {
            string[] skipped = Result.Value.Diagnostics.Where(d => d.Id == "CG0001").Select(d => d.Location.GetLineSpan().Path).OrderBy(p => p, StringComparer.Ordinal).ToArray();

            Assert.Equal(new[] { "bom-only.txt", "empty.txt", "title-only.txt", "whitespace.txt" }, skipped.Select(System.IO.Path.GetFileName));
            Assert.All(Result.Value.Diagnostics.Where(d => d.Id == "CG0001"), d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        }

        [Fact]
        public void File_names_become_valid_unique_ids_with_collisions_reported()
        {
            string[] hints = Result.Value.Sources.Keys.ToArray();

            Assert.Contains("Articles.Class.g.cs", hints);
            Assert.Contains("Articles.All_.g.cs", hints);
            Assert.Contains("Articles.Find_.g.cs", hints);
            Assert.Contains("Articles.Article2024BaoCao.g.cs", hints);
            Assert.Contains("Articles.TinMoiNhat.g.cs", hints);
            Assert.Contains("Articles.AB.g.cs", hints);
            Assert.Contains("Articles.AB2.g.cs", hints);
            Assert.Contains("Articles.AB3.g.cs", hints);
            Assert.Equal(2, Result.Value.Diagnostics.Count(d => d.Id == "CG0006"));
        }

        [Theory]
        [InlineData("\r\n")]
        [InlineData("\r")]
        public void The_seed_with_other_line_endings_gives_the_same_code(string newline)
        {
            Assert.Equal(SeedSource(SeedTests.SeedText()), SeedSource(SeedTests.SeedText().Replace("\n", newline)));
        }

        [Fact]
        public void The_seed_with_a_byte_order_mark_gives_the_same_code()
        {
            Assert.Equal(SeedSource(SeedTests.SeedText()), SeedSource("\uFEFF" + SeedTests.SeedText()));
        }

        [Fact]
        public void The_seed_in_nfd_keeps_its_text_as_written_and_its_names()
        {
            string nfd = SeedTests.SeedText().Normalize(NormalizationForm.FormD);

            IReadOnlyDictionary<string, string> sources = ContentGenRunner.Run(new Dictionary<string, string> { [SeedPath] = nfd }).Sources;

            Assert.Equal(Members(SeedSource(SeedTests.SeedText())), Members(sources["Articles.NoLucHoanThanhCacNhiemVuTrongTam.g.cs"]));
            Article decoded = GeneratedCode.Article(sources, "NoLucHoanThanhCacNhiemVuTrongTam");
            Assert.Equal(nfd.Split('\n')[0], decoded.Title);
            Assert.All(decoded.Sections, s => Assert.True(s.Text.IsNormalized(NormalizationForm.FormD)));
        }

        private static string SeedSource(string text) =>
            ContentGenRunner.Run(new Dictionary<string, string> { [SeedPath] = text }).Sources["Articles.NoLucHoanThanhCacNhiemVuTrongTam.g.cs"];

        private static string[] Members(string source) =>
            CSharpSyntaxTree.ParseText(source).GetCompilationUnitRoot().DescendantNodes().OfType<PropertyDeclarationSyntax>().Select(p => p.Identifier.Text).ToArray();

        private static void Collect(INamespaceOrTypeSymbol container, List<INamedTypeSymbol> types)
        {
            foreach (INamespaceOrTypeSymbol member in container.GetMembers().OfType<INamespaceOrTypeSymbol>())
            {
                if (member is INamedTypeSymbol type)
                {
                    types.Add(type);
                }

                Collect(member, types);
            }
        }
    }
}

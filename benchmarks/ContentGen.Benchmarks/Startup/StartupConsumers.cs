using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Encodings.Web;
using System.Text.Json;
using ContentGen.Benchmarks.Infrastructure;
using ContentGen.Generator.Emitting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Benchmarks.Startup
{
    /// <summary>
    /// The consumer apps the start-up benchmarks run, compiled in memory (Release) from the same synthetic articles:
    /// one with ContentGen's generated code, one carrying the same data as an embedded JSON resource read through
    /// the DTOs' source-generated context, and an empty one for the cost of starting any app.
    /// </summary>
    internal static class StartupConsumers
    {
        private const string ResourceName = "Bench.articles.json";

        // Both consumers read their articles with this same code: the DTOs have the records' property names, so only
        // the expression that yields the articles differs. Every text, quote and metric is read; the sum shows that
        // both read the same data.
        private const string TouchAll = """
            public static long TouchAll()
            {
                long sum = 0;
                foreach (var article in Articles())
                {
                    sum += article.Title.Length;
                    foreach (var section in article.Sections)
                    {
                        sum += section.Text.Length;
                    }

                    foreach (var quote in article.Quotes)
                    {
                        sum += quote.Text.Length + (quote.Speaker?.Length ?? 0);
                    }

                    foreach (var metric in article.Metrics)
                    {
                        sum += metric.Text.Length + metric.Unit.Length + (metric.Label?.Length ?? 0) + (long)metric.Value;
                    }
                }

                return sum;
            }
            """;

        private const string ContentGenArticles = """
            private static global::System.Collections.Generic.IReadOnlyList<global::ContentGen.Article> Articles() => global::Bench.Content.Articles.All;
            """;

        // What a user of System.Text.Json writes: one resource stream, deserialized with the source-generated context.
        private const string JsonArticles = $$"""
            private static global::System.Collections.Generic.List<global::ContentGen.Benchmarks.Startup.ArticleDto> Articles()
            {
                using global::System.IO.Stream resource = typeof(Toucher).Assembly.GetManifestResourceStream("{{ResourceName}}")!;
                var context = new global::ContentGen.Benchmarks.Startup.BenchJsonContext(new global::System.Text.Json.JsonSerializerOptions());
                return global::System.Text.Json.JsonSerializer.Deserialize(resource, context.ListArticleDto)!;
            }
            """;

        /// <summary>The ContentGen consumer of <paramref name="articleCount"/> articles, compiled with the generator's output.</summary>
        public static ConsumerImage WithContentGen(int articleCount)
        {
            ImmutableArray<AdditionalText> files = GeneratorSetup.SyntheticArticles(articleCount);
            CSharpCompilation compilation = Compilation("ContentGenConsumer", Program(TouchAll + "\n\n" + ContentGenArticles));
            GeneratorDriver driver = GeneratorSetup.Driver(files).RunGeneratorsAndUpdateCompilation(compilation, out Compilation generated, out _);
            GeneratorSetup.Check(driver, articleCount);
            // The article files embedded as ContentGen's targets embed them, which the generated table refers to.
            return new ConsumerImage("ContentGenConsumer", Emit(generated, GeneratorSetup.Resources(files)), new[] { typeof(Article).Assembly.Location });
        }

        /// <summary>
        /// The JSON consumer, whose resource holds exactly the articles of <paramref name="contentGen"/>: written from
        /// the generated records, so both consumers carry the same data whatever the generator makes of the text.
        /// </summary>
        public static ConsumerImage WithJson(ConsumerImage contentGen)
        {
            // Non-ASCII letters as UTF-8 rather than \uXXXX escapes: the smaller and faster form, the one a user who
            // cares about start-up picks. That escaping only matters for JSON embedded in HTML, not for a resource.
            var writeOptions = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            byte[] json = JsonSerializer.SerializeToUtf8Bytes(ReadArticles(contentGen).Select(ToDto).ToList(), new BenchJsonContext(writeOptions).ListArticleDto);

            CSharpCompilation compilation = Compilation("JsonConsumer", Program(TouchAll + "\n\n" + JsonArticles))
                .AddReferences(MetadataReference.CreateFromFile(typeof(BenchJsonContext).Assembly.Location));
            var resource = new ResourceDescription(ResourceName, () => new MemoryStream(json, writable: false), isPublic: true);
            return new ConsumerImage("JsonConsumer", Emit(compilation, new[] { resource }), new[] { typeof(BenchJsonContext).Assembly.Location });
        }

        /// <summary>An app that reads nothing: what starting any app costs.</summary>
        public static ConsumerImage Empty() =>
            new("EmptyConsumer", Emit(Compilation("EmptyConsumer", Program("public static long TouchAll() => 0;")), manifestResources: null), Array.Empty<string>());

        private static string Program(string toucherMembers) => $$"""
            namespace Bench
            {
                public static class Toucher
                {
            {{Indent(toucherMembers, 8)}}
                }

                internal static class Program
                {
                    private static void Main() => global::System.Console.WriteLine(Toucher.TouchAll());
                }
            }
            """;

        private static string Indent(string text, int spaces) =>
            string.Join("\n", text.Split('\n').Select(line => line.Length == 0 ? line : new string(' ', spaces) + line));

        private static CSharpCompilation Compilation(string name, string program) => CSharpCompilation.Create(
            name,
            new[] { CSharpSyntaxTree.ParseText(program, GeneratorSetup.ParseOptions, "/bench/app/Program.cs") },
            GeneratorSetup.References,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));

        private static byte[] Emit(Compilation compilation, IEnumerable<ResourceDescription>? manifestResources)
        {
            using var image = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(image, manifestResources: manifestResources);
            if (!result.Success)
            {
                IEnumerable<Diagnostic> errors = result.Diagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error).Take(10);
                throw new InvalidOperationException(compilation.AssemblyName + " does not compile:\n" + string.Join("\n", errors));
            }

            return image.ToArray();
        }

        // Loaded once, in a context of its own that is then unloaded, only to read the generated records.
        private static IReadOnlyList<Article> ReadArticles(ConsumerImage contentGen)
        {
            var context = new AssemblyLoadContext("read-generated-articles", isCollectible: true);
            try
            {
                using var stream = new MemoryStream(contentGen.Image, writable: false);
                Assembly assembly = context.LoadFromStream(stream);
                PropertyInfo all = assembly.GetType(GeneratorSetup.Namespace + ".Articles", throwOnError: true)!.GetProperty("All")!;
                return (IReadOnlyList<Article>)all.GetValue(null)!;
            }
            finally
            {
                context.Unload();
            }
        }

        private static ArticleDto ToDto(Article article) => new(
            article.Id,
            article.Slug,
            article.Path,
            article.Title,
            article.Outlet,
            article.Dateline is { } dateline ? new DatelineDto(dateline.Text, dateline.Day, dateline.Month, dateline.Year) : null,
            article.Sections.Select(static s => new SectionDto(s.Index, (SectionKindDto)s.Kind, s.Text, s.Line)).ToList(),
            article.Quotes.Select(static q => new QuoteDto(q.Text, (QuoteKindDto)q.Kind, q.Speaker, q.SectionIndex, q.Line)).ToList(),
            article.Metrics.Select(static m => new MetricDto(m.Text, m.Value, m.MaxValue, (MetricKindDto)m.Kind, m.Unit, m.Label, m.SectionIndex, m.Line)).ToList());
    }
}

using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using ContentGen.Core.Documents;
using ContentGen.Core.Parsing;

namespace ContentGen.Benchmarks.Parsing
{
    /// <summary>
    /// The cost of the Markdown reader: the seed article as plain text and the same words as Markdown with front matter
    /// and markup (the test suite's rewrite), parsed one after the other in one run.
    /// </summary>
    [MemoryDiagnoser]
    [SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
    public class MarkdownParseBenchmarks
    {
        private string _text = string.Empty;
        private string _markdown = string.Empty;

        [GlobalSetup]
        public void Setup()
        {
            _text = Infrastructure.GeneratorSetup.SeedArticle();
            _markdown = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "content", "seed-as-markdown.md"));
            if (ArticleParser.Read(_markdown, ContentFormat.Markdown).Article is null)
            {
                throw new InvalidOperationException("The Markdown seed does not parse to an article.");
            }
        }

        [Benchmark(Baseline = true)]
        public object PlainText() => ArticleParser.Read(_text, ContentFormat.PlainText);

        [Benchmark]
        public object Markdown() => ArticleParser.Read(_markdown, ContentFormat.Markdown);
    }
}

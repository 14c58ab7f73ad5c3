using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ContentGen.Benchmarks.Infrastructure;
using ContentGen.Core.Parsing;

namespace ContentGen.Benchmarks.Parsing
{
    /// <summary>
    /// Parser throughput on realistic text: the repository's seed article, and 1,000 synthetic articles (about 5 MB)
    /// parsed one after the other. The MB/s column is the UTF-8 size of the input over the mean time.
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(Config))]
    [SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
    public class ParseBenchmarks
    {
        private string[] _texts = Array.Empty<string>();

        [ParamsSource(nameof(Inputs))]
        public TextInput Input { get; set; } = null!;

        public static IEnumerable<TextInput> Inputs()
        {
            yield return new TextInput("seed-article", static () => new[] { GeneratorSetup.SeedArticle() });
            yield return new TextInput("synthetic-1000", static () =>
            {
                var texts = new string[1000];
                for (int i = 0; i < texts.Length; i++)
                {
                    texts[i] = SyntheticCorpus.Article(i);
                }

                return texts;
            });
        }

        [GlobalSetup]
        public void Setup()
        {
            _texts = Input.Texts;
            foreach (string text in _texts)
            {
                if (ArticleParser.Read(text).Article is null)
                {
                    throw new InvalidOperationException("An input of " + Input + " does not parse to an article.");
                }
            }
        }

        [Benchmark]
        public int Read()
        {
            int quotes = 0;
            foreach (string text in _texts)
            {
                quotes += ArticleParser.Read(text).Article!.Quotes.Count;
            }

            return quotes;
        }

        private sealed class Config : ManualConfig
        {
            public Config() => AddColumn(ContentSizeColumn.FromSizedParameter());
        }
    }
}

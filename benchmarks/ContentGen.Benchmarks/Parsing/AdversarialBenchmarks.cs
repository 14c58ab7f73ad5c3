using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ContentGen.Benchmarks.Infrastructure;
using ContentGen.Core.Model;
using ContentGen.Core.Parsing;

namespace ContentGen.Benchmarks.Parsing
{
    /// <summary>
    /// Linear scaling on hostile input: each shape at one size and at twice that size. Linear parsing shows as the
    /// same MB/s for both sizes (twice the mean); a drop in MB/s at the larger size is super-linear growth.
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(Config))]
    [SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 15)]
    public class AdversarialBenchmarks
    {
        private const int MegaByte = 1 << 20;

        private string _text = string.Empty;

        [ParamsSource(nameof(Inputs))]
        public TextInput Input { get; set; } = null!;

        public static IEnumerable<TextInput> Inputs()
        {
            yield return new TextInput("long-line-1MB", static () => new[] { AdversarialInputs.LongLine(MegaByte) });
            yield return new TextInput("long-line-2MB", static () => new[] { AdversarialInputs.LongLine(2 * MegaByte) });
            yield return new TextInput("quote-marks-10000", static () => new[] { AdversarialInputs.QuoteMarks(10_000) });
            yield return new TextInput("quote-marks-20000", static () => new[] { AdversarialInputs.QuoteMarks(20_000) });
        }

        [GlobalSetup]
        public void Setup()
        {
            _text = Input.Texts[0];
            ParseOutcome outcome = ArticleParser.Read(_text);
            if (outcome.Article is not { } article)
            {
                throw new InvalidOperationException(Input + " does not parse to an article.");
            }

            Console.WriteLine("// " + Input + ": " + article.Sections.Count + " sections, " + article.Quotes.Count + " quotes, "
                + article.Metrics.Count + " metrics, " + outcome.Issues.Count + " issues");
        }

        [Benchmark]
        public object Read() => ArticleParser.Read(_text);

        private sealed class Config : ManualConfig
        {
            public Config() => AddColumn(ContentSizeColumn.FromSizedParameter());
        }
    }
}

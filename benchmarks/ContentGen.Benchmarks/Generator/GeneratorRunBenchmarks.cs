using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ContentGen.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ContentGen.Benchmarks.Generator
{
    /// <summary>
    /// A full generator run, as a clean build does it: a new driver and a new compilation over <see cref="Count"/>
    /// synthetic articles held in memory (so no file reading is measured), run once per operation. Few iterations,
    /// because 10,000 articles take seconds; enough warm-up iterations that the small case runs tiered-up code (its
    /// first runs are several times slower while the JIT tiers up, which a long-lived compiler server does not see).
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(Config))]
    [SimpleJob(launchCount: 1, warmupCount: 4, iterationCount: 6)]
    public class GeneratorRunBenchmarks
    {
        private ImmutableArray<AdditionalText> _files;
        private SyntaxTree _program = null!;

        [Params(100, 1_000, 10_000)]
        public int Count { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _files = GeneratorSetup.SyntheticArticles(Count);
            _program = GeneratorSetup.ProgramTree(0);
            GeneratorSetup.Check(Run(), Count);
        }

        [Benchmark]
        public GeneratorDriver Run() => GeneratorSetup.Driver(_files).RunGenerators(GeneratorSetup.Compilation(_program));

        private sealed class Config : ManualConfig
        {
            public Config() => AddColumn(ContentSizeColumn.FromSyntheticCount(nameof(Count)));
        }
    }
}

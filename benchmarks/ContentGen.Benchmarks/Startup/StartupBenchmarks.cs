using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace ContentGen.Benchmarks.Startup
{
    /// <summary>
    /// Time for a consumer to first read every article's data (texts, quotes, metrics) of 1,000 synthetic articles,
    /// inside an already running process: ContentGen's generated code against the alternative a user would pick, the
    /// same data as an embedded JSON resource read by a source-generated System.Text.Json context (the baseline, so
    /// Ratio is ContentGen / JSON).
    /// </summary>
    /// <remarks>
    /// Each invocation loads its consumer's image into a new load context and calls its <c>Toucher.TouchAll</c>, so
    /// the consumer's code is jitted and its static data built again each time, and the JSON is parsed with a new
    /// context whose metadata is built again; both variants pay the same assembly load. What stays warm in both is
    /// library code: ContentGen.dll for one, System.Text.Json and the DTOs' context for the other. That favours JSON,
    /// whose library has far more code to jit on a real first start: <see cref="FirstStartBenchmarks"/> measures that.
    /// The consumers are never unloaded (see <see cref="ConsumerImage.TouchInNewLoadContext"/>), so the job runs a
    /// fixed, small number of iterations to bound the memory they keep.
    /// </remarks>
    [MemoryDiagnoser]
    [Config(typeof(Config))]
    public class StartupBenchmarks
    {
        private const int ArticleCount = 1000;

        private ConsumerImage _contentGen = null!;
        private ConsumerImage _json = null!;

        [GlobalSetup]
        public void Setup()
        {
            _contentGen = StartupConsumers.WithContentGen(ArticleCount);
            _json = StartupConsumers.WithJson(_contentGen);
            Console.WriteLine("// Consumers: " + _contentGen + ", " + _json);

            // Both variants must read the same data, or the ratio compares different work.
            long generated = ContentGenArticles();
            long json = EmbeddedJson();
            if (generated != json || generated == 0)
            {
                throw new InvalidOperationException($"The consumers read different data: ContentGen {generated}, JSON {json}.");
            }
        }

        [Benchmark(Baseline = true, Description = "Embedded JSON (STJ source-gen)")]
        public long EmbeddedJson() => _json.TouchInNewLoadContext();

        [Benchmark(Description = "ContentGen")]
        public long ContentGenArticles() => _contentGen.TouchInNewLoadContext();

        private sealed class Config : ManualConfig
        {
            // One invocation per iteration (an invocation is a whole cold start); the 20 or so a run makes keep under 1 GB.
            public Config() => AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(15).WithInvocationCount(1).WithUnrollFactor(1));
        }
    }
}

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace ContentGen.Benchmarks.Build
{
    /// <summary>
    /// <c>dotnet build</c> of a console project with 2,000 synthetic articles (about 10 MB) using the ContentGen package,
    /// against the same project carrying the articles only as embedded resources (the baseline, so Ratio is the
    /// build overhead of ContentGen). Each invocation is a rebuild in a child process (<c>--no-incremental</c>, after
    /// one restore in setup); a build takes seconds to a minute, so a few monitored iterations are enough. Two warm-up
    /// builds: the first starts the compiler server and loads the generator into it, the second still runs the
    /// compiler's less optimized code; the iterations measure the inner loop a user lives in.
    /// </summary>
    [SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 5, invocationCount: 1)]
    public class BuildBenchmarks
    {
        private const int ArticleCount = 2000;

        private ConsumerProject? _project;

        [GlobalSetup(Target = nameof(EmbeddedResource))]
        public void SetupEmbeddedResource() => _project = ConsumerProject.Create(ArticleCarrier.EmbeddedResource, ArticleCount);

        [GlobalSetup(Target = nameof(ContentGenPackage))]
        public void SetupContentGen() => _project = ConsumerProject.Create(ArticleCarrier.ContentGen, ArticleCount);

        [Benchmark(Baseline = true, Description = "EmbeddedResource")]
        public void EmbeddedResource() => _project!.Build();

        [Benchmark(Description = "ContentGen")]
        public void ContentGenPackage() => _project!.Build();

        [GlobalCleanup]
        public void Cleanup() => _project?.Dispose();
    }
}

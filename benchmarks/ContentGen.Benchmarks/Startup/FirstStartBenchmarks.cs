using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace ContentGen.Benchmarks.Startup
{
    /// <summary>
    /// The same consumers as <see cref="StartupBenchmarks"/>, each run as a new process (<c>dotnet app.dll</c>) that
    /// reads every article and exits: a real first start, where nothing is jitted yet, neither the consumer's code nor
    /// ContentGen.dll nor System.Text.Json and the DTOs' context. An empty app gives the cost of starting any app, which
    /// both variants include; Ratio is against the JSON consumer.
    /// </summary>
    [Config(typeof(Config))]
    public class FirstStartBenchmarks
    {
        private const int ArticleCount = 1000;

        private string? _folder;
        private string _contentGenApp = null!;
        private string _jsonApp = null!;
        private string _emptyApp = null!;
        private string _expected = null!;

        private string Folder => _folder ??= Path.Combine(Path.GetTempPath(), "contentgen-first-start-" + Guid.NewGuid().ToString("N"));

        [GlobalSetup(Targets = new[] { nameof(EmbeddedJson), nameof(ContentGenArticles) })]
        public void Setup()
        {
            ConsumerImage contentGen = StartupConsumers.WithContentGen(ArticleCount);
            ConsumerImage json = StartupConsumers.WithJson(contentGen);
            _contentGenApp = contentGen.WriteApp(Path.Combine(Folder, "contentgen"));
            _jsonApp = json.WriteApp(Path.Combine(Folder, "json"));
            Console.WriteLine("// Consumers: " + contentGen + ", " + json);

            // Both variants must read the same data, or the ratio compares different work.
            _expected = ConsumerImage.RunApp(_contentGenApp);
            string fromJson = ConsumerImage.RunApp(_jsonApp);
            if (_expected != fromJson || _expected == "0")
            {
                throw new InvalidOperationException($"The consumers read different data: ContentGen {_expected}, JSON {fromJson}.");
            }
        }

        [GlobalSetup(Target = nameof(EmptyApp))]
        public void SetupEmpty() => _emptyApp = StartupConsumers.Empty().WriteApp(Path.Combine(Folder, "empty"));

        [Benchmark(Baseline = true, Description = "Embedded JSON (STJ source-gen)")]
        public string EmbeddedJson() => Check(ConsumerImage.RunApp(_jsonApp));

        [Benchmark(Description = "ContentGen")]
        public string ContentGenArticles() => Check(ConsumerImage.RunApp(_contentGenApp));

        [Benchmark(Description = "Empty app")]
        public string EmptyApp() => ConsumerImage.RunApp(_emptyApp);

        [GlobalCleanup]
        public void Cleanup()
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // The folder is in the temp area.
            }
        }

        private string Check(string output) => output == _expected
            ? output
            : throw new InvalidOperationException("The consumer printed " + output + ", not " + _expected + ".");

        private sealed class Config : ManualConfig
        {
            // One process per invocation; a few hundred milliseconds each, so 20 iterations are cheap.
            public Config() => AddJob(Job.Default.WithWarmupCount(2).WithIterationCount(20).WithInvocationCount(1).WithUnrollFactor(1));
        }
    }
}

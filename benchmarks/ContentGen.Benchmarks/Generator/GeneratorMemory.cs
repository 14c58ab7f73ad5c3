using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using ContentGen.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Benchmarks.Generator
{
    /// <summary>
    /// <c>memory &lt;count&gt;</c>: the generator's managed memory against the size of the content, for one full run over
    /// <c>count</c> synthetic articles. Not a BenchmarkDotNet benchmark: it samples the heap while one run goes on.
    /// The baseline is taken after the article texts are loaded and the compilation's references are bound, as the
    /// compiler has both before generators run; peak and retained are measured against it.
    /// </summary>
    public static class GeneratorMemory
    {
        private const double MiB = 1024 * 1024;

        public static int Command(string[] args)
        {
            if (args.Length != 2 || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count) || count < 1)
            {
                Console.Error.WriteLine("usage: memory <count>");
                return 2;
            }

            Measure(count);
            return 0;
        }

        private static void Measure(int count)
        {
            // Warm-up on other articles, so JIT, type loading and static caches are not counted as the run's.
            GeneratorSetup.Check(GeneratorSetup.Driver(Warmup()).RunGenerators(GeneratorSetup.Compilation(GeneratorSetup.ProgramTree(1))), 10);

            ImmutableArray<AdditionalText> files = GeneratorSetup.SyntheticArticles(count);
            long contentBytes = GeneratorSetup.Utf8Bytes(files);
            long contentChars = 0;
            foreach (AdditionalText file in files)
            {
                contentChars += file.GetText()!.Length;
            }

            CSharpCompilation compilation = GeneratorSetup.Compilation(GeneratorSetup.ProgramTree(0));
            _ = compilation.SourceModule.ReferencedAssemblySymbols;
            GeneratorDriver driver = GeneratorSetup.Driver(files);

            long baseline = FullCollect();
            long allocatedBefore = GC.GetTotalAllocatedBytes(true);
            int[] collectionsBefore = { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
            long peakWorkingSetBefore = PeakWorkingSet();

            long peak = GC.GetTotalMemory(false);
            int samples = 0;
            bool stop = false;
            var sampler = new Thread(() =>
            {
                while (!Volatile.Read(ref stop))
                {
                    long now = GC.GetTotalMemory(false);
                    if (now > peak)
                    {
                        peak = now;
                    }

                    samples++;
                    Thread.Sleep(1);
                }
            })
            {
                IsBackground = true,
                Priority = ThreadPriority.AboveNormal,
                Name = "heap sampler",
            };

            var clock = Stopwatch.StartNew();
            sampler.Start();
            driver = driver.RunGenerators(compilation);
            long endOfRun = GC.GetTotalMemory(false);
            Volatile.Write(ref stop, true);
            sampler.Join();
            clock.Stop();
            peak = Math.Max(peak, endOfRun);

            long allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
            GCMemoryInfo lastGc = GC.GetGCMemoryInfo(GCKind.Any);
            long peakWorkingSetAfter = PeakWorkingSet();
            GeneratorRunResult result = GeneratorSetup.Check(driver, count);
            long generatedChars = 0;
            foreach (GeneratedSourceResult source in result.GeneratedSources)
            {
                generatedChars += source.SourceText.Length;
            }

            long retained = FullCollect();
            GC.KeepAlive(driver);
            GC.KeepAlive(compilation);
            GC.KeepAlive(files);

            Line("articles", count.ToString("N0", CultureInfo.InvariantCulture));
            Line("content (UTF-8 on disk)", Size(contentBytes));
            Line("content (UTF-16 in memory)", Size(contentChars * 2) + Ratio(contentChars * 2, contentBytes));
            Line("generated source (UTF-16)", Size(generatedChars * 2) + Ratio(generatedChars * 2, contentBytes));
            Line("run time", clock.Elapsed.TotalSeconds.ToString("N2", CultureInfo.InvariantCulture) + " s (" + samples.ToString(CultureInfo.InvariantCulture) + " heap samples)");
            Line("baseline heap", Size(baseline) + "  (texts, driver, compilation with bound references)");
            Line("peak heap - baseline", Size(peak - baseline) + Ratio(peak - baseline, contentBytes));
            Line("retained - baseline", Size(retained - baseline) + Ratio(retained - baseline, contentBytes) + "  (driver state and generated sources)");
            Line("allocated during run", Size(allocated) + Ratio(allocated, contentBytes));
            Line("heap size at last GC", Size(lastGc.HeapSizeBytes) + ", committed " + Size(lastGc.TotalCommittedBytes));
            Line(
                "GCs during run (gen0/1/2)",
                (GC.CollectionCount(0) - collectionsBefore[0]).ToString(CultureInfo.InvariantCulture) + "/"
                + (GC.CollectionCount(1) - collectionsBefore[1]).ToString(CultureInfo.InvariantCulture) + "/"
                + (GC.CollectionCount(2) - collectionsBefore[2]).ToString(CultureInfo.InvariantCulture) + " (before the final forced collections)");
            Line("process peak working set", Size(peakWorkingSetBefore) + " before the run, " + Size(peakWorkingSetAfter) + " after");
        }

        private static ImmutableArray<AdditionalText> Warmup()
        {
            var files = ImmutableArray.CreateBuilder<AdditionalText>(10);
            for (int i = 0; i < 10; i++)
            {
                files.Add(new InMemoryAdditionalText(GeneratorSetup.ArticlePath(90_000 + i), SyntheticCorpus.Article(90_000 + i)));
            }

            return files.MoveToImmutable();
        }

        private static long FullCollect()
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            return GC.GetTotalMemory(true);
        }

        private static long PeakWorkingSet()
        {
            using Process self = Process.GetCurrentProcess();
            return self.PeakWorkingSet64;
        }

        private static string Size(long bytes) => (bytes / MiB).ToString("N1", CultureInfo.InvariantCulture) + " MiB";

        private static string Ratio(long bytes, long contentBytes) =>
            " = " + ((double)bytes / contentBytes).ToString("N2", CultureInfo.InvariantCulture) + " x content";

        private static void Line(string name, string value) => Console.WriteLine(name.PadRight(28) + value);
    }
}

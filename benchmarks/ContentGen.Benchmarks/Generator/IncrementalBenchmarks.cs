using System;
using System.Collections.Immutable;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using ContentGen.Benchmarks.Infrastructure;
using ContentGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Benchmarks.Generator
{
    /// <summary>
    /// What an edit costs once the generator is warm, over 1,000 articles: one article's text changed, or an
    /// unrelated C# file changed, against a full run of the same project (the baseline). Drivers are immutable, so
    /// each operation applies the edit to the same warm driver and runs it.
    /// </summary>
    [MemoryDiagnoser]
    [SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
    public class IncrementalBenchmarks
    {
        private const int ArticleCount = 1_000;
        private const int EditedIndex = ArticleCount / 2;

        private ImmutableArray<AdditionalText> _files;
        private AdditionalText _edited = null!;
        private SyntaxTree _program = null!;
        private SyntaxTree _editedProgram = null!;
        private CSharpCompilation _compilation = null!;
        private GeneratorDriver _warm = null!;

        [GlobalSetup]
        public void Setup()
        {
            _files = GeneratorSetup.SyntheticArticles(ArticleCount);
            _edited = new InMemoryAdditionalText(_files[EditedIndex].Path, EditNumber(_files[EditedIndex].GetText()!.ToString()));
            _program = GeneratorSetup.ProgramTree(0);
            _editedProgram = GeneratorSetup.ProgramTree(1);
            _compilation = GeneratorSetup.Compilation(_program);
            _warm = GeneratorSetup.Driver(_files).RunGenerators(_compilation);
            GeneratorSetup.Check(_warm, ArticleCount);
            Verify();
        }

        [Benchmark(Baseline = true)]
        public GeneratorDriver FullRun() => GeneratorSetup.Driver(_files).RunGenerators(GeneratorSetup.Compilation(_program));

        [Benchmark]
        public GeneratorDriver EditOneArticle() => _warm.ReplaceAdditionalText(_files[EditedIndex], _edited).RunGenerators(_compilation);

        // The edited compilation is made inside the operation: the IDE makes a new one per edit, and a compilation
        // caches what the generator looks up in it.
        [Benchmark]
        public GeneratorDriver EditUnrelatedCSharp() => _warm.RunGenerators(_compilation.ReplaceSyntaxTree(_program, _editedProgram));

        // The edit changes one number: the last digit of the article (a metric's value in the synthetic corpus) goes up by one.
        private static string EditNumber(string text)
        {
            for (int i = text.Length - 1; i >= 0; i--)
            {
                if (text[i] is >= '0' and <= '9')
                {
                    return text.Substring(0, i) + (char)('0' + ((text[i] - '0' + 1) % 10)) + text.Substring(i + 1);
                }
            }

            throw new InvalidOperationException("The synthetic article has no number to edit.");
        }

        private static int Outputs(GeneratorDriver driver, string step, IncrementalStepRunReason reason)
        {
            int count = 0;
            if (driver.GetRunResult().Results[0].TrackedSteps.TryGetValue(step, out ImmutableArray<IncrementalGeneratorRunStep> runs))
            {
                foreach (IncrementalGeneratorRunStep run in runs)
                {
                    foreach ((object _, IncrementalStepRunReason r) in run.Outputs)
                    {
                        count += r == reason ? 1 : 0;
                    }
                }
            }

            return count;
        }

        private static string Describe(GeneratorDriver driver)
        {
            string describe = string.Empty;
            foreach (string step in new[] { TrackingNames.ReadArticles, TrackingNames.ParseArticles, TrackingNames.EmitArticles, TrackingNames.EmitIndex, TrackingNames.EmitTable, TrackingNames.EmitParts })
            {
                describe += " " + step + "(new " + Outputs(driver, step, IncrementalStepRunReason.New).ToString(CultureInfo.InvariantCulture)
                    + ", modified " + Outputs(driver, step, IncrementalStepRunReason.Modified).ToString(CultureInfo.InvariantCulture)
                    + ", unchanged " + Outputs(driver, step, IncrementalStepRunReason.Unchanged).ToString(CultureInfo.InvariantCulture)
                    + ", cached " + Outputs(driver, step, IncrementalStepRunReason.Cached).ToString(CultureInfo.InvariantCulture) + ")";
            }

            return describe;
        }

        // The benchmarks measure what they claim only if the pipeline caches: checked once with step tracking on
        // (tracking costs time, so the measured drivers run without it).
        private void Verify()
        {
            GeneratorDriver tracked = GeneratorSetup.Driver(_files, trackSteps: true).RunGenerators(_compilation);

            GeneratorDriver afterCSharpEdit = tracked.RunGenerators(_compilation.ReplaceSyntaxTree(_program, _editedProgram));
            Console.WriteLine("// After the unrelated C# edit:" + Describe(afterCSharpEdit));
            int reparsed = Outputs(afterCSharpEdit, TrackingNames.ParseArticles, IncrementalStepRunReason.New)
                + Outputs(afterCSharpEdit, TrackingNames.ParseArticles, IncrementalStepRunReason.Modified);
            if (reparsed != 0)
            {
                throw new InvalidOperationException("An unrelated C# edit re-parsed " + reparsed.ToString(CultureInfo.InvariantCulture) + " articles.");
            }

            GeneratorDriver afterArticleEdit = tracked.ReplaceAdditionalText(_files[EditedIndex], _edited).RunGenerators(_compilation);
            Console.WriteLine("// After the one-article edit:" + Describe(afterArticleEdit));
            int parsed = Outputs(afterArticleEdit, TrackingNames.ParseArticles, IncrementalStepRunReason.New)
                + Outputs(afterArticleEdit, TrackingNames.ParseArticles, IncrementalStepRunReason.Modified);
            if (parsed != 1)
            {
                throw new InvalidOperationException("A one-article edit gave " + parsed.ToString(CultureInfo.InvariantCulture) + " new or modified parses, not 1.");
            }

            GeneratorSetup.Check(afterArticleEdit, ArticleCount);
        }
    }
}

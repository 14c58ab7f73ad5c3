using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using ContentGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Benchmarks.Infrastructure
{
    /// <summary>An article file held in memory, as the compiler hands it to the generator.</summary>
    public sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>Analyzer config options read from a dictionary.</summary>
    public sealed class InMemoryAnalyzerConfigOptions : AnalyzerConfigOptions
    {
        public static readonly InMemoryAnalyzerConfigOptions Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _options;

        public InMemoryAnalyzerConfigOptions(IReadOnlyDictionary<string, string> options)
        {
            _options = new Dictionary<string, string>(KeyComparer);
            foreach (KeyValuePair<string, string> option in options)
            {
                _options[option.Key] = option.Value;
            }
        }

        public override IEnumerable<string> Keys => _options.Keys;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _options.TryGetValue(key, out value);
    }

    /// <summary>
    /// What MSBuild passes with ContentGen's props and targets: the global properties, and on every additional file
    /// under the project's content folder (all the benchmark's additional files are articles) <c>ContentGenArticle=true</c>
    /// and the name under which the build embeds it (<see cref="GeneratorSetup.ResourceName"/>).
    /// </summary>
    public sealed class InMemoryAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly string _contentPrefix;

        public InMemoryAnalyzerConfigOptionsProvider(AnalyzerConfigOptions globalOptions, string contentFolder)
        {
            GlobalOptions = globalOptions;
            _contentPrefix = contentFolder.TrimEnd('/') + "/";
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => InMemoryAnalyzerConfigOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            textFile.Path.StartsWith(_contentPrefix, StringComparison.Ordinal)
                ? new InMemoryAnalyzerConfigOptions(new Dictionary<string, string>
                {
                    [GeneratorOptionNames.ArticleMetadata] = "true",
                    [GeneratorOptionNames.ResourceMetadata] = GeneratorSetup.ResourceName(textFile.Path),
                })
                : InMemoryAnalyzerConfigOptions.Empty;
    }

    /// <summary>
    /// The in-memory generator set-up every generator benchmark shares: a fake project at <see cref="ProjectDirectory"/>
    /// whose <c>content/</c> holds synthetic articles, a small compilation with the running runtime's assemblies, and
    /// a fresh <see cref="CSharpGeneratorDriver"/> over them.
    /// </summary>
    public static class GeneratorSetup
    {
        public const string ProjectDirectory = "/bench/app";
        public const string ContentFolder = ProjectDirectory + "/content";
        public const string Namespace = "Bench.Content";
        public const string RootNamespace = "Bench";

        /// <summary>The one hand-written file of the fake project; benchmarks replace it to simulate a C# edit.</summary>
        public const string ProgramPath = ProjectDirectory + "/Program.cs";

        public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

        // The framework as a net10.0 app sees it (System.*.dll, netstandard.dll, mscorlib.dll), so the generator finds
        // Encoding.GetString(ReadOnlySpan<byte>) as a consumer would, plus the ContentGen runtime. Made once; metadata is
        // shared by every compilation, as in the compiler server.
        private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(CreateReferences);

        private static readonly AnalyzerConfigOptionsProvider OptionsProvider = new InMemoryAnalyzerConfigOptionsProvider(
            new InMemoryAnalyzerConfigOptions(new Dictionary<string, string>
            {
                [GeneratorOptionNames.Namespace] = Namespace,
                [GeneratorOptionNames.RootNamespace] = RootNamespace,
                [GeneratorOptionNames.ProjectDirectory] = ProjectDirectory,
            }),
            ContentFolder);

        public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

        /// <summary>The path of synthetic article <paramref name="index"/> in the fake project.</summary>
        public static string ArticlePath(int index) => ContentFolder + "/" + SyntheticCorpus.FileName(index);

        /// <summary>The name under which ContentGen's targets embed the article file at <paramref name="path"/>.</summary>
        public static string ResourceName(string path) => GeneratorOptionNames.ResourcePrefix + path.Substring(ProjectDirectory.Length + 1);

        /// <summary>The article files as the build embeds them: UTF-8, under <see cref="ResourceName"/>.</summary>
        public static IEnumerable<ResourceDescription> Resources(ImmutableArray<AdditionalText> files) => files.Select(file =>
        {
            byte[] bytes = System.Text.Encoding.UTF8.GetBytes(file.GetText()!.ToString());
            return new ResourceDescription(ResourceName(file.Path), () => new MemoryStream(bytes, writable: false), isPublic: true);
        });

        /// <summary>Synthetic articles 0 to <paramref name="count"/> - 1 as in-memory additional files.</summary>
        public static ImmutableArray<AdditionalText> SyntheticArticles(int count)
        {
            var files = ImmutableArray.CreateBuilder<AdditionalText>(count);
            for (int i = 0; i < count; i++)
            {
                files.Add(new InMemoryAdditionalText(ArticlePath(i), SyntheticCorpus.Article(i)));
            }

            return files.MoveToImmutable();
        }

        /// <summary>The UTF-8 size of the articles' text, as the files would be on disk (no BOM).</summary>
        public static long Utf8Bytes(ImmutableArray<AdditionalText> files)
        {
            long bytes = 0;
            foreach (AdditionalText file in files)
            {
                bytes += Encoding.UTF8.GetByteCount(file.GetText()!.ToString());
            }

            return bytes;
        }

        /// <summary>The UTF-8 size of synthetic articles 0 to <paramref name="count"/> - 1.</summary>
        public static long SyntheticUtf8Bytes(int count)
        {
            long bytes = 0;
            for (int i = 0; i < count; i++)
            {
                bytes += Encoding.UTF8.GetByteCount(SyntheticCorpus.Article(i));
            }

            return bytes;
        }

        /// <summary>The fake project's Program.cs; <paramref name="variant"/> changes its text, not what it declares.</summary>
        public static SyntaxTree ProgramTree(int variant) => CSharpSyntaxTree.ParseText(
            "namespace Bench\n{\n    internal static class Program\n    {\n        private static int Main() => " + variant.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";\n    }\n}\n",
            ParseOptions,
            ProgramPath,
            Encoding.UTF8);

        /// <summary>A new compilation of the fake project, as a fresh build starts with: one tiny file and the references.</summary>
        public static CSharpCompilation Compilation(SyntaxTree program) => CSharpCompilation.Create(
            "Bench",
            new[] { program },
            References,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        /// <summary>A new driver, not yet run, over <paramref name="files"/>.</summary>
        public static GeneratorDriver Driver(ImmutableArray<AdditionalText> files, bool trackSteps = false) => CSharpGeneratorDriver.Create(
            new[] { new ContentGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            OptionsProvider,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

        /// <summary>
        /// Throws unless the run generated one source per article plus the index, with no exception and no error:
        /// a benchmark that measures a failing run measures nothing.
        /// </summary>
        public static GeneratorRunResult Check(GeneratorDriver driver, int articleCount)
        {
            GeneratorRunResult result = driver.GetRunResult().Results[0];
            if (result.Exception is { } exception)
            {
                throw new InvalidOperationException("The generator threw.", exception);
            }

            foreach (Diagnostic diagnostic in result.Diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    throw new InvalidOperationException("The generator reported an error: " + diagnostic);
                }
            }

            // One source per article or the parts, the index and the table.
            int expected = (ContentGen.Generator.Emitting.PartEmitter.InParts(articleCount) ? Math.Min(articleCount, ContentGen.Generator.Emitting.PartEmitter.PartCount) : articleCount) + 2;
            if (result.GeneratedSources.Length != expected)
            {
                throw new InvalidOperationException(
                    "Expected " + expected.ToString(System.Globalization.CultureInfo.InvariantCulture) + " generated sources, got "
                    + result.GeneratedSources.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
            }

            return result;
        }

        /// <summary>The text of the repository's seed article, copied next to the benchmark assembly by the project file.</summary>
        public static string SeedArticle() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "content", "no-luc-hoan-thanh-cac-nhiem-vu-trong-tam.txt"));

        private static ImmutableArray<MetadataReference> CreateReferences()
        {
            var references = ImmutableArray.CreateBuilder<MetadataReference>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is string trusted)
            {
                foreach (string path in trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
                {
                    string name = Path.GetFileName(path);
                    if ((name.StartsWith("System.", StringComparison.OrdinalIgnoreCase) || name is "netstandard.dll" or "mscorlib.dll")
                        && name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
                        && seen.Add(name))
                    {
                        references.Add(MetadataReference.CreateFromFile(path));
                    }
                }
            }

            // Single-file or trimmed hosts have no list; the core library alone still holds System.Text.Encoding.
            if (seen.Add(Path.GetFileName(typeof(object).Assembly.Location)))
            {
                references.Add(MetadataReference.CreateFromFile(typeof(object).Assembly.Location));
            }

            references.Add(MetadataReference.CreateFromFile(typeof(Article).Assembly.Location));
            return references.ToImmutable();
        }
    }
}

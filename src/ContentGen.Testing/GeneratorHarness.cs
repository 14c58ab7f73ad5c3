using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.ExceptionServices;
using ContentGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContentGen.Testing
{
    /// <summary>The one place a generator driver is set up and run.</summary>
    internal static class GeneratorHarness
    {
        // The running runtime's core library, as a consumer on it references: it tells the generator which APIs the
        // generated code may use. Made once, so every run shares its symbols.
        private static readonly System.Lazy<MetadataReference> CoreLibrary = new(() => MetadataReference.CreateFromFile(typeof(object).Assembly.Location));

        /// <summary>Runs <paramref name="generator"/> over <paramref name="articles"/> (full path to text) in an empty compilation.</summary>
        internal static ContentGenRunResult Run(
            IIncrementalGenerator generator,
            string projectDirectory,
            IReadOnlyList<KeyValuePair<string, string>> articles,
            ContentGenOptions? options)
        {
            (GeneratorDriver driver, CSharpCompilation compilation, _) = CreateDriver(generator, projectDirectory, articles, options);
            driver = driver.RunGenerators(compilation);
            var result = driver.GetRunResult().Results.Single();
            if (result.Exception is { } exception)
            {
                ExceptionDispatchInfo.Capture(exception).Throw();
            }

            var sources = new SortedDictionary<string, string>(System.StringComparer.Ordinal);
            foreach (var source in result.GeneratedSources)
            {
                sources.Add(source.HintName, source.SourceText.ToString());
            }

            return new ContentGenRunResult(
                sources,
                result.Diagnostics,
                projectDirectory,
                articles.Select(article => article.Key).ToArray(),
                result,
                driver);
        }

        /// <summary>
        /// The driver, not yet run, over <paramref name="articles"/> as additional files (plus <paramref name="otherFiles"/>,
        /// which are not articles), the empty compilation to run it on, and the additional files in that order.
        /// </summary>
        internal static (GeneratorDriver Driver, CSharpCompilation Compilation, ImmutableArray<AdditionalText> Files) CreateDriver(
            IIncrementalGenerator generator,
            string projectDirectory,
            IReadOnlyList<KeyValuePair<string, string>> articles,
            ContentGenOptions? options,
            IReadOnlyList<KeyValuePair<string, string>>? otherFiles = null)
        {
            var articleTexts = articles
                .Select(article => (AdditionalText)new InMemoryAdditionalText(article.Key, article.Value))
                .ToImmutableArray();
            var additionalTexts = articleTexts.AddRange(
                (otherFiles ?? System.Array.Empty<KeyValuePair<string, string>>()).Select(file => (AdditionalText)new InMemoryAdditionalText(file.Key, file.Value)));
            AnalyzerConfigOptionsProvider optionsProvider = OptionsProvider(projectDirectory, options, articleTexts);
            var parseOptions = new CSharpParseOptions(options?.LanguageVersion ?? LanguageVersion.Latest);

            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { generator.AsSourceGenerator() },
                additionalTexts,
                parseOptions,
                optionsProvider,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
            var compilation = CSharpCompilation.Create(
                "ContentGen.Snapshot",
                references: new[] { CoreLibrary.Value },
                options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            return (driver, compilation, additionalTexts);
        }

        /// <summary>The options MSBuild would pass: the global properties, and the article mark on <paramref name="articles"/>.</summary>
        internal static AnalyzerConfigOptionsProvider OptionsProvider(string projectDirectory, ContentGenOptions? options, IEnumerable<AdditionalText> articles) =>
            new InMemoryAnalyzerConfigOptionsProvider(new InMemoryAnalyzerConfigOptions(GlobalOptions(projectDirectory, options)), articles);

        private static IEnumerable<KeyValuePair<string, string>> GlobalOptions(string projectDirectory, ContentGenOptions? options)
        {
            yield return new KeyValuePair<string, string>(GeneratorOptionNames.ProjectDirectory, projectDirectory);
            if (options is null)
            {
                yield break;
            }

            if (options.Namespace is { } ns)
            {
                yield return new KeyValuePair<string, string>(GeneratorOptionNames.Namespace, ns);
            }

            if (options.RootNamespace is { } rootNamespace)
            {
                yield return new KeyValuePair<string, string>(GeneratorOptionNames.RootNamespace, rootNamespace);
            }

            foreach (var option in options.GlobalOptions)
            {
                yield return option;
            }
        }
    }
}

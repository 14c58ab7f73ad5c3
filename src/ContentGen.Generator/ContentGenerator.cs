using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ContentGen.Generator.Emitting;
using ContentGen.Generator.Naming;
using ContentGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Generator
{
    /// <summary>
    /// Turns the project's article files into typed C# at compile time. Data flows top to bottom: select and read
    /// the article files, parse each, give each a unique id, emit one source per article plus the index.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class ContentGenerator : IIncrementalGenerator
    {
        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValueProvider<EmitOptions> options = context.AnalyzerConfigOptionsProvider
                .Combine(context.ParseOptionsProvider)
                .Select(static (pair, _) => ReadOptions(pair.Left.GlobalOptions, pair.Right))
                .WithTrackingName(TrackingNames.Options);

            IncrementalValuesProvider<ArticleSource> sources = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, cancellationToken) => ReadArticle(pair.Left, pair.Right, cancellationToken))
                .Where(static source => source is not null)
                .Select(static (source, _) => source!)
                .WithTrackingName(TrackingNames.ReadArticles);

            IncrementalValuesProvider<ArticleModel> articles = sources
                .Select(static (source, cancellationToken) =>
                    new ArticleModel(source.Path, source.Slug, ArticleParser.Parse(source.Text, cancellationToken)))
                .WithTrackingName(TrackingNames.ParseArticles);

            IncrementalValueProvider<EquatableArray<ArticleIdentity>> identities = articles
                .Select(static (article, _) => new ArticleKey(article.Path, article.Slug, article.Article is not null))
                .WithTrackingName(TrackingNames.ArticleKeys)
                .Collect()
                .Select(static (keys, _) => IdAssigner.Assign(keys))
                .WithTrackingName(TrackingNames.AssignIds);

            IncrementalValuesProvider<GeneratedFile> articleFiles = articles
                .Combine(identities)
                .Combine(options)
                .Select(static (input, _) => EmitArticle(input.Left.Left, input.Left.Right, input.Right))
                .Where(static file => file is not null)
                .Select(static (file, _) => file!)
                .WithTrackingName(TrackingNames.EmitArticles);

            IncrementalValueProvider<GeneratedFile> index = identities
                .Combine(options)
                .Select(static (input, _) => IndexEmitter.Emit(input.Left, input.Right))
                .WithTrackingName(TrackingNames.EmitIndex);

            // Sources are added in one place so a file listed twice never adds the same hint name twice.
            context.RegisterSourceOutput(articleFiles.Collect().Combine(index), static (output, files) => AddSources(output, files.Left, files.Right));
        }

        private static EmitOptions ReadOptions(AnalyzerConfigOptions globalOptions, ParseOptions parseOptions)
        {
            string? configured = Value(globalOptions, GeneratorOptionNames.Namespace);
            string? root = Value(globalOptions, GeneratorOptionNames.RootNamespace);
            string ns = NamespaceName.Sanitize(configured ?? (root is null ? "Content" : root + ".Content"));
            bool nullable = parseOptions is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 };
            return new EmitOptions(ns, nullable);
        }

        private static ArticleSource? ReadArticle(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
        {
            AnalyzerConfigOptions fileOptions = optionsProvider.GetOptions(file);
            if (!string.Equals(Value(fileOptions, GeneratorOptionNames.ArticleMetadata), "true", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            SourceText? text = file.GetText(cancellationToken);
            if (text is null)
            {
                return null;
            }

            string path = ProjectPath.Relative(file.Path, Value(optionsProvider.GlobalOptions, GeneratorOptionNames.ProjectDirectory));
            return new ArticleSource(path, ProjectPath.Slug(path), text.ToString());
        }

        private static GeneratedFile? EmitArticle(ArticleModel article, EquatableArray<ArticleIdentity> identities, EmitOptions options)
        {
            if (article.Article is null)
            {
                return null;
            }

            // Identities are ordered by path (ordinal), so the article's own is found by binary search.
            int low = 0;
            int high = identities.Count - 1;
            while (low <= high)
            {
                int middle = low + ((high - low) / 2);
                int order = string.CompareOrdinal(identities[middle].Path, article.Path);
                if (order == 0)
                {
                    return ArticleEmitter.Emit(identities[middle], article.Article, options);
                }

                if (order < 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return null;
        }

        private static void AddSources(SourceProductionContext output, ImmutableArray<GeneratedFile> articleFiles, GeneratedFile index)
        {
            var added = new HashSet<string>(StringComparer.Ordinal);
            foreach (GeneratedFile file in articleFiles)
            {
                if (added.Add(file.HintName))
                {
                    output.AddSource(file.HintName, SourceText.From(file.Text, System.Text.Encoding.UTF8));
                }
            }

            output.AddSource(index.HintName, SourceText.From(index.Text, System.Text.Encoding.UTF8));
        }

        private static string? Value(AnalyzerConfigOptions options, string key) =>
            options.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }
}

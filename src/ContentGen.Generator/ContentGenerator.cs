using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ContentGen.Core;
using ContentGen.Core.Diagnostics;
using ContentGen.Core.Documents;
using ContentGen.Core.Hosting;
using ContentGen.Core.Model;
using ContentGen.Core.Naming;
using ContentGen.Core.Parsing;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Emitting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Generator
{
    /// <summary>
    /// Turns the project's article files into typed C# at compile time. Data flows top to bottom: select and read
    /// the article files, parse each, give each a unique id, emit one source per article plus the index, and report
    /// what the author should know. One bad file never stops the others: each step handles its own failures.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    internal sealed class ContentGenerator : IIncrementalGenerator
    {
        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            // Only a yes/no leaves the compilation, so an edit to C# code re-runs this look-up and nothing after it.
            IncrementalValueProvider<bool> canDecodeUtf8 = context.CompilationProvider
                .Select(static (compilation, _) => CanDecodeUtf8(compilation))
                .WithTrackingName(TrackingNames.Utf8Support);

            IncrementalValueProvider<EmitOptions> options = context.AnalyzerConfigOptionsProvider
                .Combine(context.ParseOptionsProvider)
                .Combine(canDecodeUtf8)
                .Select(static (input, _) => ReadOptions(input.Left.Left.GlobalOptions, input.Left.Right, input.Right))
                .WithTrackingName(TrackingNames.Options);

            IncrementalValuesProvider<ArticleSource> sources = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .SelectMany(static (pair, cancellationToken) => ReadArticle(pair.Left, pair.Right, cancellationToken) is { } source
                    ? ImmutableArray.Create(source)
                    : ImmutableArray<ArticleSource>.Empty)
                .WithTrackingName(TrackingNames.ReadArticles);

            IncrementalValuesProvider<ArticleModel> articles = sources
                .Select(static (source, cancellationToken) => Parse(source, cancellationToken))
                .WithTrackingName(TrackingNames.ParseArticles);

            IncrementalValueProvider<IdAssignment> assignment = articles
                .Select(static (article, _) => new ArticleKey(article.Path, article.Slug, article.FilePath, article.Article is not null && article.Body is not null))
                .WithTrackingName(TrackingNames.ArticleKeys)
                .Collect()
                .Select(static (keys, _) => IdAssigner.Assign(keys))
                .WithTrackingName(TrackingNames.AssignIds);

            IncrementalValueProvider<EquatableArray<ArticleIdentity>> identities = assignment
                .Select(static (a, _) => a.Identities)
                .WithTrackingName(TrackingNames.Identities);

            // Each article keeps only its own identity, so adding, removing or renaming another article re-runs this
            // cheap look-up but not the emitter of an article whose identity did not change.
            IncrementalValuesProvider<(ArticleModel Article, ArticleIdentity? Identity)> identified = articles
                .Combine(identities)
                .Select(static (input, _) => (input.Left, Find(input.Right, input.Left.Path)))
                .WithTrackingName(TrackingNames.ArticleIdentity);

            // An article's class depends on its own parse and identity only: not on the options, not on other articles.
            IncrementalValuesProvider<EmitResult> articleClasses = identified
                .Select(static (input, _) => EmitArticle(input.Article, input.Identity))
                .WithTrackingName(TrackingNames.EmitArticles);

            IncrementalValueProvider<bool> inParts = identities
                .Select(static (identities, _) => PartEmitter.InParts(identities.Count))
                .WithTrackingName(TrackingNames.Layout);

            IncrementalValueProvider<GeneratedFile> index = options
                .Select(static (options, _) => IndexEmitter.Emit(options))
                .WithTrackingName(TrackingNames.EmitIndex);

            // The table joins every article's body, made when the article was parsed: an edit re-runs this join, not
            // the parsing or emitting of the other articles.
            IncrementalValueProvider<EquatableArray<TableRow>> rows = articles
                .Where(static article => article.Article is not null && article.Body is not null)
                .Select(static (article, _) => new TableRow(article.Path, article.Body!))
                .Collect()
                .Select(static (rows, _) => rows.ToEquatableArray())
                .WithTrackingName(TrackingNames.TableRows);

            IncrementalValueProvider<GeneratedFile> table = identities
                .Combine(rows)
                .Combine(options)
                .Select(static (input, _) => TableEmitter.Emit(input.Left.Left, input.Left.Right, input.Right))
                .WithTrackingName(TrackingNames.EmitTable);

            // A small project gets one output per article: after an edit only the edited article's output runs, and
            // every other article's source is the same object as before, which the driver keeps without comparing or
            // parsing it again. A path given to the compiler twice makes two equal classes under one id; those are added
            // once, together. A large project gets its classes in a fixed number of parts (PartEmitter): an edit re-joins
            // the edited article's part. Either way each article's diagnostics are reported by its own output.
            context.RegisterSourceOutput(
                articleClasses.Combine(inParts).Combine(options),
                static (output, input) => AddArticle(output, input.Left.Left, input.Left.Right, input.Right));

            IncrementalValueProvider<((ImmutableArray<EmitResult> Classes, bool InParts) Left, EmitOptions Options)> all = articleClasses
                .Collect()
                .Combine(inParts)
                .Combine(options);
            context.RegisterSourceOutput(
                all.Select(static (input, _) => input.Left.InParts ? EquatableArray<GeneratedFile>.Empty : ListedTwice(input.Left.Classes, input.Options)),
                static (output, files) => AddOnce(output, files));
            context.RegisterSourceOutput(
                all.SelectMany(static (input, _) => input.Left.InParts ? Parts(input.Left.Classes, input.Options) : ImmutableArray<PartInput>.Empty)
                    .Select(static (part, _) => PartEmitter.Emit(part))
                    .WithTrackingName(TrackingNames.EmitParts),
                static (output, file) => Add(output, file));
            context.RegisterSourceOutput(index, static (output, file) => Add(output, file));
            context.RegisterSourceOutput(table, static (output, file) => Add(output, file));
            context.RegisterSourceOutput(assignment.Select(static (a, _) => a.Diagnostics), static (output, diagnostics) => Report(output, diagnostics));
        }

        private static EmitOptions ReadOptions(AnalyzerConfigOptions globalOptions, ParseOptions parseOptions, bool canDecodeUtf8)
        {
            string? configured = Value(globalOptions, GeneratorOptionNames.Namespace);
            string? root = Value(globalOptions, GeneratorOptionNames.RootNamespace);
            string ns = NamespaceName.Sanitize(configured ?? (root is null ? "Content" : root + ".Content"));
            LanguageVersion version = parseOptions is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.CSharp7_3;
            return new EmitOptions(ns, version >= LanguageVersion.CSharp8, canDecodeUtf8 && version >= LanguageVersion.CSharp11);
        }

        // Encoding.GetString(ReadOnlySpan<byte>) exists from .NET Core 2.1 on, not in .NET Standard 2.0 or .NET Framework.
        private static bool CanDecodeUtf8(Compilation compilation)
        {
            INamedTypeSymbol? encoding = compilation.GetTypeByMetadataName("System.Text.Encoding");
            if (encoding is null)
            {
                return false;
            }

            foreach (ISymbol member in encoding.GetMembers("GetString"))
            {
                if (member is IMethodSymbol { IsStatic: false, Parameters.Length: 1 } method
                    && method.Parameters[0].Type is INamedTypeSymbol { Name: "ReadOnlySpan", TypeArguments.Length: 1 } span
                    && span.TypeArguments[0].SpecialType == SpecialType.System_Byte)
                {
                    return true;
                }
            }

            return false;
        }

        private static ArticleSource? ReadArticle(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
        {
            AnalyzerConfigOptions fileOptions = optionsProvider.GetOptions(file);
            if (!string.Equals(Value(fileOptions, GeneratorOptionNames.ArticleMetadata), "true", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            string path = ProjectPath.Relative(file.Path, Value(optionsProvider.GlobalOptions, GeneratorOptionNames.ProjectDirectory));
            try
            {
                SourceText? source = file.GetText(cancellationToken);

                return new ArticleSource(path, ProjectPath.Slug(path), file.Path, source, Resource: EmbeddedAs(source, fileOptions, path));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return new ArticleSource(path, ProjectPath.Slug(path), file.Path, null, (exception.GetType().Name, exception.Message));
            }
        }

        // The build embeds each article file (ContentGen.targets) under "ContentGen/" and its project-relative path, and
        // tells the generator so in the file's metadata. The generated code refers to the embedded file instead of
        // carrying its text only when the runtime will read exactly the text the generator read: the compiler decoded
        // the file as UTF-8, as the runtime does, and the name came through unchanged and is the one this path gives.
        // Anything else (no targets, an opted-out project, a name the build spelled differently) carries the text.
        private static string? EmbeddedAs(SourceText? source, AnalyzerConfigOptions fileOptions, string path)
        {
            string expected = GeneratorOptionNames.ResourcePrefix + path;
            return source?.Encoding is { CodePage: 65001 }
                && fileOptions.TryGetValue(GeneratorOptionNames.ResourceMetadata, out string? name)
                && string.Equals(name, expected, StringComparison.Ordinal)
                ? expected
                : null;
        }

        private static ArticleModel Parse(ArticleSource source, CancellationToken cancellationToken)
        {
            if (source.ReadError is { } error)
            {
                return new ArticleModel(source.Path, source.Slug, source.FilePath, null, new EquatableArray<DiagnosticInfo>(new[]
                {
                    ContentSet.Failure(source.FilePath, source.Path, error.Type, error.Message),
                }));
            }

            try
            {
                string text = source.Text?.ToString() ?? string.Empty;
                ParseOutcome outcome = ArticleParser.Read(text, ContentFormats.OfPath(source.Path), cancellationToken);

                // Bytes the compiler replaced with U+FFFD (CG0002) are left to no second decoder: such text travels in code.
                string? resource = source.Resource;
                var diagnostics = new List<DiagnosticInfo>(outcome.Issues.Count);
                foreach (ParseIssue issue in outcome.Issues)
                {
                    diagnostics.Add(IssueDiagnostics.Of(issue, source.FilePath, source.Path));
                    if (issue.Kind == ParseIssueKind.ReplacementCharacter)
                    {
                        resource = null;
                    }
                }

                if (outcome.Article is null)
                {
                    return new ArticleModel(source.Path, source.Slug, source.FilePath, null, diagnostics.ToEquatableArray());
                }

                // The body holds the sections (their text, or where they are in the embedded file); what stays cached
                // beside it is only what the members are named and documented by.
                string body = ArticleBody.Write(outcome.Article, source.Path, resource, text);
                ParsedArticle members = outcome.Article with
                {
                    Sections = EquatableArray<SectionModel>.Empty,
                    Issues = EquatableArray<ParseIssue>.Empty,
                    Authors = EquatableArray<string>.Empty,
                    Tags = EquatableArray<string>.Empty,
                    Metadata = EquatableArray<MetadataEntry>.Empty,
                    Summary = null,
                };

                // A front matter slug names the article instead of its file.
                string slug = ContentSet.SlugOf(outcome.Article, source.Slug);
                return new ArticleModel(source.Path, slug, source.FilePath, members, diagnostics.ToEquatableArray(), body);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return new ArticleModel(source.Path, source.Slug, source.FilePath, null, Failure(source.FilePath, source.Path, exception));
            }
        }

        private static EmitResult EmitArticle(ArticleModel article, ArticleIdentity? identity)
        {
            // The article's own diagnostics travel with its class, so one output reports both.
            if (article.Article is null || identity is null)
            {
                return new EmitResult(null, article.Diagnostics);
            }

            var diagnostics = new List<DiagnosticInfo>(article.Diagnostics);
            try
            {
                string text = ArticleEmitter.Class(identity, article.Article, diagnostics);
                return new EmitResult(new ArticleClass(identity.Id, identity.Path, text), diagnostics.ToEquatableArray(), identity.ListedTwice);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                diagnostics.AddRange(Failure(article.FilePath, article.Path, exception));
                return new EmitResult(null, diagnostics.ToEquatableArray());
            }
        }

        // Identities are ordered by path (ordinal), so an article's own is found by binary search.
        private static ArticleIdentity? Find(EquatableArray<ArticleIdentity> identities, string path)
        {
            int low = 0;
            int high = identities.Count - 1;
            while (low <= high)
            {
                int middle = low + ((high - low) / 2);
                int order = string.CompareOrdinal(identities[middle].Path, path);
                if (order == 0)
                {
                    return identities[middle];
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

        private static EquatableArray<DiagnosticInfo> Failure(string filePath, string path, Exception exception) =>
            new(new[] { ContentSet.Failure(filePath, path, exception.GetType().Name, exception.Message) });

        private static void AddArticle(SourceProductionContext output, EmitResult result, bool inParts, EmitOptions options)
        {
            Report(output, result.Diagnostics);
            if (result.Class is { } article && !result.ListedTwice && !inParts)
            {
                Add(output, ArticleEmitter.Source(article, options));
            }
        }

        private static EquatableArray<GeneratedFile> ListedTwice(ImmutableArray<EmitResult> all, EmitOptions options)
        {
            var files = new List<GeneratedFile>();
            foreach (EmitResult result in all)
            {
                if (result.ListedTwice && result.Class is { } article)
                {
                    files.Add(ArticleEmitter.Source(article, options));
                }
            }

            return files.ToEquatableArray();
        }

        // The classes of each part: grouping is cheap (the classes are the cached strings), and a part whose classes are
        // the same as before is not written again.
        private static ImmutableArray<PartInput> Parts(ImmutableArray<EmitResult> all, EmitOptions options)
        {
            var classes = new List<ArticleClass>(all.Length);
            foreach (EmitResult result in all)
            {
                if (result.Class is { } article)
                {
                    classes.Add(article);
                }
            }

            return PartEmitter.Group(classes, options).ToImmutableArray();
        }

        private static void AddOnce(SourceProductionContext output, EquatableArray<GeneratedFile> files)
        {
            var added = new HashSet<string>(StringComparer.Ordinal);
            foreach (GeneratedFile file in files)
            {
                if (added.Add(file.HintName))
                {
                    Add(output, file);
                }
            }
        }

        private static void Add(SourceProductionContext output, GeneratedFile file) =>
            output.AddSource(file.HintName, SourceText.From(file.Text, System.Text.Encoding.UTF8));

        private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> diagnostics)
        {
            foreach (DiagnosticInfo diagnostic in diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        }

        private static string? Value(AnalyzerConfigOptions options, string key) =>
            options.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }
}

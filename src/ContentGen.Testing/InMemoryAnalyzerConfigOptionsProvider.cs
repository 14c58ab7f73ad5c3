using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContentGen.Testing
{
    /// <summary>
    /// Hands the generator fixed global options, and the <c>ContentGenArticle=true</c> item metadata for the article
    /// files, known by path so an article whose text is replaced stays an article.
    /// </summary>
    internal sealed class InMemoryAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly InMemoryAnalyzerConfigOptions ArticleOptions = new(
            new[] { new KeyValuePair<string, string>(Generator.GeneratorOptionNames.ArticleMetadata, "true") });

        private readonly HashSet<string> _articlePaths;

        internal InMemoryAnalyzerConfigOptionsProvider(AnalyzerConfigOptions globalOptions, IEnumerable<AdditionalText> articles)
        {
            GlobalOptions = globalOptions;
            _articlePaths = new HashSet<string>(articles.Select(static a => a.Path), System.StringComparer.Ordinal);
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => InMemoryAnalyzerConfigOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            _articlePaths.Contains(textFile.Path) ? ArticleOptions : InMemoryAnalyzerConfigOptions.Empty;
    }
}

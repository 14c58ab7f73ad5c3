using System.Linq;
using ContentGen.Generator;
using Microsoft.CodeAnalysis;

namespace ContentGen.Testing.Tests
{
    /// <summary>A stand-in generator: writes the article files it is given and the global options it sees into <c>Echo.g.cs</c>.</summary>
    internal sealed class EchoGenerator : IIncrementalGenerator
    {
        internal const string ArticlesStep = "Articles";

        private static readonly string[] Keys =
        {
            GeneratorOptionNames.Namespace,
            GeneratorOptionNames.RootNamespace,
            GeneratorOptionNames.ProjectDirectory,
            "build_property.Extra",
        };

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var articles = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Where(pair => pair.Right.GetOptions(pair.Left).TryGetValue(GeneratorOptionNames.ArticleMetadata, out var value) && value == "true")
                .Select((pair, cancellationToken) => $"{pair.Left.Path}: {pair.Left.GetText(cancellationToken)}")
                .WithTrackingName(ArticlesStep)
                .Collect();
            var options = context.AnalyzerConfigOptionsProvider.Select((provider, _) => Keys
                .Select(key => $"{key}={(provider.GlobalOptions.TryGetValue(key, out var value) ? value : "(unset)")}"));
            context.RegisterSourceOutput(
                articles.Combine(options),
                (production, pair) => production.AddSource("Echo.g.cs", string.Join("\n", pair.Left.Concat(pair.Right))));
        }
    }
}

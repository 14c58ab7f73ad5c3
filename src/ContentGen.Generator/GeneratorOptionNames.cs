namespace ContentGen.Generator
{
    /// <summary>
    /// Keys of the analyzer config options the generator reads. <c>build/ContentGen.props</c> makes the MSBuild
    /// properties and item metadata behind them visible to the compiler; test drivers set the same keys.
    /// </summary>
    internal static class GeneratorOptionNames
    {
        /// <summary>Item metadata set to <c>true</c> on the AdditionalFiles that are articles.</summary>
        public const string ArticleMetadata = "build_metadata.AdditionalFiles.ContentGenArticle";

        /// <summary>The name under which the build embeds an article file in the assembly (ContentGen.targets).</summary>
        public const string ResourceMetadata = "build_metadata.AdditionalFiles.ContentGenResource";

        /// <summary>What an embedded article's name starts with; its project-relative path follows.</summary>
        public const string ResourcePrefix = "ContentGen/";

        /// <summary>Namespace of the generated code (MSBuild property <c>ContentGenNamespace</c>).</summary>
        public const string Namespace = "build_property.ContentGenNamespace";

        /// <summary>The project's root namespace (MSBuild property <c>RootNamespace</c>).</summary>
        public const string RootNamespace = "build_property.RootNamespace";

        /// <summary>The project folder (MSBuild property <c>MSBuildProjectDirectory</c>), to make article paths relative.</summary>
        public const string ProjectDirectory = "build_property.MSBuildProjectDirectory";
    }
}

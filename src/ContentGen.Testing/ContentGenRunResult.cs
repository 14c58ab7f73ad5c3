using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ContentGen.Testing
{
    /// <summary>What one run of the generator produced.</summary>
    public sealed class ContentGenRunResult
    {
        internal ContentGenRunResult(
            IReadOnlyDictionary<string, string> sources,
            ImmutableArray<Diagnostic> diagnostics,
            string projectDirectory,
            IReadOnlyList<string> articlePaths,
            GeneratorRunResult generatorResult,
            GeneratorDriver driver)
        {
            Sources = sources;
            Diagnostics = diagnostics;
            ProjectDirectory = projectDirectory;
            ArticlePaths = articlePaths;
            GeneratorResult = generatorResult;
            Driver = driver;
        }

        /// <summary>The generated sources, hint name (for example <c>Articles.g.cs</c>) to text, in ordinal order of hint name.</summary>
        public IReadOnlyDictionary<string, string> Sources { get; }

        /// <summary>The diagnostics the generator reported.</summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; }

        /// <summary>The folder the generator was told is the project folder (<c>MSBuildProjectDirectory</c>).</summary>
        public string ProjectDirectory { get; }

        /// <summary>Roslyn's own result for the generator, including the tracked incremental steps.</summary>
        public GeneratorRunResult GeneratorResult { get; }

        /// <summary>
        /// The driver after the run: to run again with changed inputs in incrementality tests, or to hand to
        /// Verify.SourceGenerators (<c>Verifier.Verify(result.Driver)</c>).
        /// </summary>
        public GeneratorDriver Driver { get; }

        /// <summary>Full paths of the article files given to the generator.</summary>
        internal IReadOnlyList<string> ArticlePaths { get; }
    }
}

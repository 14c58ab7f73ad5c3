using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using ContentGen.Generator;

namespace ContentGen.Testing
{
    /// <summary>
    /// Runs the ContentGen generator the way a build does, without a build: over a content folder or in-memory
    /// articles, with the options MSBuild would pass (project folder, namespaces, the article mark on each file), in
    /// a compilation that references the running runtime. Nothing is compared or written.
    /// </summary>
    /// <remarks>
    /// <see cref="ContentGenSnapshot"/> compares what this returns with verified files. Teams that use Verify can hand the
    /// run driver to Verify.SourceGenerators instead: <c>Verifier.Verify(ContentGenRunner.Run("content").Driver)</c>.
    /// </remarks>
    public static class ContentGenRunner
    {
        /// <summary>
        /// Runs the generator over every article file (<c>*.txt</c>, <c>*.md</c> but notes and drafts) under <paramref name="contentDirectory"/>, recursively. The content
        /// folder's parent is the project folder, so an article's path reads like <c>content/x.txt</c>.
        /// </summary>
        /// <param name="contentDirectory">The articles' folder; a relative path is relative to the calling source file's folder.</param>
        /// <param name="options">Build settings for the generator; <see langword="null"/> for none.</param>
        /// <param name="sourceFile">The calling source file; filled in by the compiler.</param>
        /// <returns>The generated sources, the diagnostics, and the driver after the run.</returns>
        /// <exception cref="DirectoryNotFoundException">The content folder does not exist.</exception>
        public static ContentGenRunResult Run(string contentDirectory, ContentGenOptions? options = null, [CallerFilePath] string sourceFile = "")
        {
            string callerDirectory = Path.GetDirectoryName(SnapshotLocation.LocateSourceFile(sourceFile, AppContext.BaseDirectory))!;
            var (projectDirectory, articles) = ArticleFiles.Read(ArticleFiles.ContentFolder(callerDirectory, contentDirectory));
            return GeneratorHarness.Run(new ContentGenerator(), projectDirectory, articles, options);
        }

        /// <summary>Runs the generator over in-memory articles.</summary>
        /// <param name="files">Each article's path relative to the project folder (like <c>content/x.txt</c>) to its text.</param>
        /// <param name="options">Build settings for the generator; <see langword="null"/> for none.</param>
        /// <returns>The generated sources, the diagnostics, and the driver after the run.</returns>
        public static ContentGenRunResult Run(IEnumerable<KeyValuePair<string, string>> files, ContentGenOptions? options = null)
        {
            var projectDirectory = ArticleFiles.VirtualProjectDirectory;
            return GeneratorHarness.Run(new ContentGenerator(), projectDirectory, ArticleFiles.InProject(projectDirectory, files), options);
        }
    }
}

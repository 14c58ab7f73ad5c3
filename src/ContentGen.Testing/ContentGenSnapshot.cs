using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using ContentGen.Generator;
using Microsoft.CodeAnalysis;

namespace ContentGen.Testing
{
    /// <summary>
    /// Snapshot tests of the ContentGen generator. Each generated source is compared with
    /// <c>{Class}.{Method}#{hint name without .cs}.verified.cs</c> and the diagnostics with
    /// <c>{Class}.{Method}.verified.txt</c>, next to the calling test file (<c>{Class}</c> is that file's name).
    /// A mismatch writes <c>.received</c> files and throws <see cref="ContentGenSnapshotException"/>; with
    /// <c>CONTENTGEN_ACCEPT=1</c>, and <c>CI</c> unset, new output is accepted instead.
    /// </summary>
    public static class ContentGenSnapshot
    {
        /// <summary>
        /// Runs the generator over every article file (<c>*.txt</c>, <c>*.md</c> but notes and drafts) under <paramref name="contentDirectory"/> and checks the snapshots.
        /// The content folder's parent is the project folder, so an article's path reads like <c>content/x.txt</c>.
        /// </summary>
        /// <param name="contentDirectory">The articles' folder; a relative path is relative to the calling test file's folder.</param>
        /// <param name="sourceFile">The calling test file; filled in by the compiler.</param>
        /// <param name="method">The calling test method; filled in by the compiler.</param>
        /// <exception cref="ContentGenSnapshotException">The output does not match the verified snapshots.</exception>
        public static void Verify(string contentDirectory, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "") =>
            Verify(contentDirectory, new ContentGenOptions(), sourceFile, method);

        /// <summary>
        /// Runs the generator over every article file (<c>*.txt</c>, <c>*.md</c> but notes and drafts) under <paramref name="contentDirectory"/> with <paramref name="options"/>
        /// and checks the snapshots, as <see cref="Verify(string, string, string)"/> does.
        /// </summary>
        /// <param name="contentDirectory">The articles' folder; a relative path is relative to the calling test file's folder.</param>
        /// <param name="options">Build settings for the generator.</param>
        /// <param name="sourceFile">The calling test file; filled in by the compiler.</param>
        /// <param name="method">The calling test method; filled in by the compiler.</param>
        /// <exception cref="ContentGenSnapshotException">The output does not match the verified snapshots.</exception>
        public static void Verify(
            string contentDirectory,
            ContentGenOptions options,
            [CallerFilePath] string sourceFile = "",
            [CallerMemberName] string method = "") =>
            VerifyContent(new ContentGenerator(), Locate(sourceFile, method), contentDirectory, options, SnapshotSettings.FromEnvironment());

        /// <summary>Runs the generator over in-memory articles and checks the snapshots.</summary>
        /// <param name="files">Each article's path relative to the project folder (like <c>content/x.txt</c>) to its text.</param>
        /// <param name="options">Build settings for the generator; <see langword="null"/> for none.</param>
        /// <param name="sourceFile">The calling test file; filled in by the compiler.</param>
        /// <param name="method">The calling test method; filled in by the compiler.</param>
        /// <exception cref="ContentGenSnapshotException">The output does not match the verified snapshots.</exception>
        public static void VerifyArticles(
            IEnumerable<KeyValuePair<string, string>> files,
            ContentGenOptions? options = null,
            [CallerFilePath] string sourceFile = "",
            [CallerMemberName] string method = "") =>
            VerifyArticles(new ContentGenerator(), Locate(sourceFile, method), files, options, SnapshotSettings.FromEnvironment());

        /// <summary><see cref="Verify(string, ContentGenOptions, string, string)"/> with its generator, location and settings given.</summary>
        internal static void VerifyContent(
            IIncrementalGenerator generator,
            SnapshotLocation location,
            string contentDirectory,
            ContentGenOptions? options,
            SnapshotSettings settings)
        {
            var (projectDirectory, articles) = ArticleFiles.Read(ArticleFiles.ContentFolder(location.TestDirectory, contentDirectory));
            Check(GeneratorHarness.Run(generator, projectDirectory, articles, options), location, settings);
        }

        /// <summary><see cref="VerifyArticles(IEnumerable{KeyValuePair{string, string}}, ContentGenOptions?, string, string)"/> with its generator, location and settings given.</summary>
        internal static void VerifyArticles(
            IIncrementalGenerator generator,
            SnapshotLocation location,
            IEnumerable<KeyValuePair<string, string>> files,
            ContentGenOptions? options,
            SnapshotSettings settings)
        {
            var projectDirectory = ArticleFiles.VirtualProjectDirectory;
            Check(GeneratorHarness.Run(generator, projectDirectory, ArticleFiles.InProject(projectDirectory, files), options), location, settings);
        }

        private static SnapshotLocation Locate(string sourceFile, string method) =>
            SnapshotLocation.FromCaller(sourceFile, method, AppContext.BaseDirectory);

        private static void Check(ContentGenRunResult result, SnapshotLocation location, SnapshotSettings settings) =>
            SnapshotVerifier.Verify(location, result.Sources, result.Diagnostics, Scrubber.For(result), settings);
    }
}

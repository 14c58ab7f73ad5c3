using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ContentGen.Testing
{
    /// <summary>Turns article files, on disk or in memory, into full paths and texts for the generator.</summary>
    internal static class ArticleFiles
    {
        /// <summary>The project folder in-memory articles are placed in. It exists nowhere; snapshots show it scrubbed.</summary>
        internal static readonly string VirtualProjectDirectory = Path.GetFullPath(
            Path.DirectorySeparatorChar + Path.Combine("ContentGen", "Project"));

        /// <summary>The content folder <paramref name="contentDirectory"/>, resolved against <paramref name="baseDirectory"/> when relative.</summary>
        internal static string ContentFolder(string baseDirectory, string contentDirectory)
        {
            if (string.IsNullOrWhiteSpace(contentDirectory))
            {
                throw new ArgumentException("The content folder is needed.", nameof(contentDirectory));
            }

            return Path.GetFullPath(Path.Combine(baseDirectory, contentDirectory));
        }

        /// <summary>Places in-memory files (path relative to the project, <c>/</c> or <c>\</c> separated, to text) under <paramref name="projectDirectory"/>.</summary>
        internal static IReadOnlyList<KeyValuePair<string, string>> InProject(
            string projectDirectory,
            IEnumerable<KeyValuePair<string, string>> files)
        {
            if (files is null)
            {
                throw new ArgumentNullException(nameof(files));
            }

            return files
                .Select(file => new KeyValuePair<string, string>(
                    Path.Combine(projectDirectory, ToNativeSeparators(file.Key)),
                    file.Value ?? throw new ArgumentException($"The text of '{file.Key}' is null.", nameof(files))))
                .ToArray();
        }

        /// <summary>
        /// Reads every article file the default glob takes (<c>*.txt</c>, <c>*.md</c> but notes and drafts) under <paramref name="contentDirectory"/>, recursively, in ordinal order of path.
        /// The project folder is the content folder's parent.
        /// </summary>
        internal static (string ProjectDirectory, IReadOnlyList<KeyValuePair<string, string>> Articles) Read(string contentDirectory)
        {
            var directory = Path.GetFullPath(contentDirectory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            if (!Directory.Exists(directory))
            {
                throw new DirectoryNotFoundException($"The content folder '{directory}' does not exist.");
            }

            var projectDirectory = Path.GetDirectoryName(directory)
                ?? throw new ArgumentException($"The content folder '{directory}' has no parent folder to act as the project folder.", nameof(contentDirectory));
            var articles = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Where(ContentGen.Core.Documents.ContentFormats.IsArticleByDefault)
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => new KeyValuePair<string, string>(path, ContentGen.Core.Text.ContentDecoder.ReadFile(path)))
                .ToArray();
            return (projectDirectory, articles);
        }

        /// <summary>The path of <paramref name="path"/> relative to <paramref name="directory"/>, <c>/</c> separated, or <see langword="null"/> when it is not inside.</summary>
        internal static string? RelativePath(string directory, string path)
        {
            var prefix = directory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
            return path.StartsWith(prefix, StringComparison.Ordinal)
                ? path.Substring(prefix.Length).Replace('\\', '/')
                : null;
        }

        private static string ToNativeSeparators(string path) =>
            path.Replace('/', Path.DirectorySeparatorChar).Replace('\\', Path.DirectorySeparatorChar);
    }
}

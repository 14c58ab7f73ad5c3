using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ContentGen.Core.Documents;
using ContentGen.Core.Hosting;
using ContentGen.Core.Text;

namespace ContentGen.Tool
{
    /// <summary>
    /// The article files a command reads: each path a file (taken as it is) or a folder (searched at any depth for the
    /// files the package's default glob takes), relative to the working folder; <c>content</c> when none is given.
    /// </summary>
    internal static class ContentInput
    {
        /// <summary>The folder read when no path is given, as the package's default glob reads it.</summary>
        public const string DefaultFolder = "content";

        /// <summary>The files of <paramref name="paths"/>, decoded as the compiler decodes them, or the reason there are none.</summary>
        public static (IReadOnlyList<ContentFile> Files, string? Error) Read(IReadOnlyList<string> paths, string workingDirectory)
        {
            var files = new List<ContentFile>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (string path in paths.Count == 0 ? new[] { DefaultFolder } : paths)
            {
                string full = Path.GetFullPath(Path.Combine(workingDirectory, path));
                IEnumerable<string> found;
                if (File.Exists(full))
                {
                    found = new[] { full };
                }
                else if (Directory.Exists(full))
                {
                    found = Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                        .Where(ContentFormats.IsArticleByDefault)
                        .OrderBy(static f => f, StringComparer.Ordinal)
                        .ToArray();
                    if (!found.Any())
                    {
                        return (files, $"'{path}' holds no article (*.txt, *.md)");
                    }
                }
                else
                {
                    return (files, $"'{path}' does not exist");
                }

                foreach (string file in found)
                {
                    if (seen.Add(file))
                    {
                        files.Add(Load(file, Relative(workingDirectory, file)));
                    }
                }
            }

            return (files, null);
        }

        /// <summary>The file at <paramref name="full"/>, named <paramref name="relative"/>.</summary>
        public static ContentFile Load(string full, string relative)
        {
            try
            {
                return new ContentFile(relative, relative, ContentDecoder.ReadFile(full));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return new ContentFile(relative, relative, null, (exception.GetType().Name, exception.Message));
            }
        }

        /// <summary><paramref name="file"/> relative to <paramref name="directory"/>, <c>/</c> separated (the project path the build gives).</summary>
        public static string Relative(string directory, string file) =>
            Path.GetRelativePath(directory, file).Replace('\\', '/');
    }
}

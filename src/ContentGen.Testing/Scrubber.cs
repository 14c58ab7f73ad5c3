using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using ContentGen.Generator;

namespace ContentGen.Testing
{
    /// <summary>
    /// Makes output machine independent: <c>\n</c> line endings, version strings replaced by <see cref="VersionToken"/>,
    /// and absolute paths under the project folder made relative, <c>/</c> separated.
    /// </summary>
    internal sealed class Scrubber
    {
        /// <summary>What version strings become.</summary>
        internal const string VersionToken = "{version}";

        private static readonly Regex GeneratedCodeVersion = new(
            @"(GeneratedCode(?:Attribute)?\(\s*""[^""]*""\s*,\s*"")[^""]*("")",
            RegexOptions.CultureInvariant);

        private readonly KeyValuePair<string, string>[] _paths;
        private readonly Regex? _versions;

        /// <summary>Creates a scrubber.</summary>
        /// <param name="projectDirectory">The project folder; paths under it become relative to it.</param>
        /// <param name="files">Full paths of the input files; they, and the folders between them and the project folder, become relative paths.</param>
        /// <param name="versions">Version strings to replace wherever they stand as a whole word.</param>
        internal Scrubber(string projectDirectory, IEnumerable<string> files, IEnumerable<string> versions)
        {
            _paths = PathReplacements(projectDirectory, files)
                .Where(pair => pair.Key.Length > 0)
                .GroupBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(group => group.First())
                .OrderByDescending(pair => pair.Key.Length)
                .ThenBy(pair => pair.Key, StringComparer.Ordinal)
                .ToArray();

            var alternatives = versions
                .Where(version => !string.IsNullOrEmpty(version))
                .Distinct(StringComparer.Ordinal)
                .OrderByDescending(version => version.Length)
                .Select(Regex.Escape)
                .ToArray();
            _versions = alternatives.Length == 0
                ? null
                : new Regex(@"(?<![\w.+-])(?:" + string.Join("|", alternatives) + @")(?![\w.+-])", RegexOptions.CultureInvariant);
        }

        /// <summary>A scrubber for the output of a run of the ContentGen generator.</summary>
        internal static Scrubber For(ContentGenRunResult result) =>
            new(result.ProjectDirectory, result.ArticlePaths, GeneratorVersions());

        /// <summary>Replaces <c>\r\n</c> and lone <c>\r</c> with <c>\n</c>.</summary>
        internal static string NormaliseLineEndings(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

        /// <summary>Scrubs <paramref name="text"/>: line endings, paths, then versions.</summary>
        internal string Scrub(string text)
        {
            text = NormaliseLineEndings(text);
            foreach (var path in _paths)
            {
                text = text.Replace(path.Key, path.Value);
            }

            text = GeneratedCodeVersion.Replace(text, "$1" + VersionToken + "$2");
            return _versions is null ? text : _versions.Replace(text, VersionToken);
        }

        /// <summary>The versions the generator assembly carries: assembly, file and informational (with and without its <c>+metadata</c>).</summary>
        internal static IEnumerable<string> GeneratorVersions()
        {
            var assembly = typeof(ContentGenerator).Assembly;
            if (assembly.GetName().Version is { } version)
            {
                yield return version.ToString();
            }

            if (assembly.GetCustomAttribute<AssemblyFileVersionAttribute>() is { } fileVersion)
            {
                yield return fileVersion.Version;
            }

            if (assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>() is { } informational)
            {
                yield return informational.InformationalVersion;
                var plus = informational.InformationalVersion.IndexOf('+');
                if (plus > 0)
                {
                    yield return informational.InformationalVersion.Substring(0, plus);
                }
            }
        }

        private static IEnumerable<KeyValuePair<string, string>> PathReplacements(string projectDirectory, IEnumerable<string> files)
        {
            var project = projectDirectory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var path = file;
                while (path is not null && ArticleFiles.RelativePath(project, path) is { } relative && seen.Add(path))
                {
                    yield return new KeyValuePair<string, string>(path, relative);
                    yield return new KeyValuePair<string, string>(path.Replace('\\', '/'), relative);
                    path = Path.GetDirectoryName(path);
                }
            }

            foreach (var root in new[] { project, project.Replace('\\', '/') })
            {
                yield return new KeyValuePair<string, string>(root + "/", string.Empty);
                yield return new KeyValuePair<string, string>(root + "\\", string.Empty);
                yield return new KeyValuePair<string, string>(root, ".");
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ContentGen.Testing
{
    /// <summary>
    /// Where the snapshots of one test live and what they are called, following Verify.SourceGenerators:
    /// <c>{Class}.{Method}#{hint name without .cs}.verified.cs</c> for each generated source and
    /// <c>{Class}.{Method}.verified.txt</c> for the diagnostics, next to the test file.
    /// </summary>
    internal sealed class SnapshotLocation
    {
        private static readonly Regex MappedSourceRoot = new(@"^/_\d*/", RegexOptions.CultureInvariant);

        /// <summary>Creates the location of the snapshots of test <paramref name="name"/> in <paramref name="testDirectory"/>.</summary>
        /// <param name="testDirectory">The folder of the test file.</param>
        /// <param name="name"><c>{Class}.{Method}</c>.</param>
        internal SnapshotLocation(string testDirectory, string name)
        {
            TestDirectory = testDirectory;
            Directory = testDirectory;
            Name = name;
        }

        /// <summary>The folder of the test file, which relative content folders are resolved against.</summary>
        internal string TestDirectory { get; }

        /// <summary>The folder the snapshot files are in: the test file's own.</summary>
        internal string Directory { get; }

        /// <summary><c>{Class}.{Method}</c>.</summary>
        internal string Name { get; }

        /// <summary>The verified file of the diagnostics.</summary>
        internal string VerifiedDiagnostics => Path.Combine(Directory, Name + ".verified.txt");

        /// <summary>The received file of the diagnostics.</summary>
        internal string ReceivedDiagnostics => Path.Combine(Directory, Name + ".received.txt");

        /// <summary>The location for a test in <paramref name="sourceFile"/> (its <c>[CallerFilePath]</c>) named <paramref name="method"/>.</summary>
        /// <param name="sourceFile">The test's source file.</param>
        /// <param name="method">The test method.</param>
        /// <param name="binaryDirectory">Where the test binaries are, to find a source file whose path the compiler mapped (deterministic source paths).</param>
        internal static SnapshotLocation FromCaller(string sourceFile, string method, string binaryDirectory)
        {
            if (string.IsNullOrEmpty(method))
            {
                throw new ArgumentException("The calling method's name is needed ([CallerMemberName]).", nameof(method));
            }

            var file = LocateSourceFile(sourceFile, binaryDirectory);
            return new SnapshotLocation(Path.GetDirectoryName(file)!, Path.GetFileNameWithoutExtension(file) + "." + method);
        }

        /// <summary>
        /// The calling test file. A path mapped by deterministic builds (<c>/_/tests/X.cs</c>) is looked up
        /// under each folder above <paramref name="binaryDirectory"/>.
        /// </summary>
        internal static string LocateSourceFile(string sourceFile, string binaryDirectory)
        {
            if (string.IsNullOrEmpty(sourceFile))
            {
                throw new ArgumentException("The calling test's source file is needed ([CallerFilePath]).", nameof(sourceFile));
            }

            if (File.Exists(sourceFile))
            {
                return sourceFile;
            }

            var mapped = MappedSourceRoot.Match(sourceFile);
            if (mapped.Success)
            {
                var relative = sourceFile.Substring(mapped.Length).Replace('/', Path.DirectorySeparatorChar);
                for (var directory = binaryDirectory; !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
                {
                    var candidate = Path.Combine(directory, relative);
                    if (File.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }

            throw new InvalidOperationException(
                $"The calling test's source file '{sourceFile}' was not found. If the test project is built with deterministic source paths " +
                "and its binaries are not inside the repository, set <DeterministicSourcePaths>false</DeterministicSourcePaths> in it.");
        }

        /// <summary>
        /// What Verify.SourceGenerators puts after <c>#</c> for a hint name: its file name without the extension
        /// (<c>Articles.g.cs</c> becomes <c>Articles.g</c>).
        /// </summary>
        internal static string HintStem(string hintName)
        {
            var fileName = hintName.Substring(hintName.LastIndexOfAny(new[] { '/', '\\' }) + 1);
            var dot = fileName.LastIndexOf('.');
            return dot > 0 ? fileName.Substring(0, dot) : fileName;
        }

        /// <summary>The verified file of the source with hint name <paramref name="hintName"/>.</summary>
        internal string VerifiedSource(string hintName) => Path.Combine(Directory, $"{Name}#{HintStem(hintName)}.verified.cs");

        /// <summary>The received file of the source with hint name <paramref name="hintName"/>.</summary>
        internal string ReceivedSource(string hintName) => Path.Combine(Directory, $"{Name}#{HintStem(hintName)}.received.cs");

        /// <summary>The verified source files of this test that exist on disk.</summary>
        internal IEnumerable<string> ExistingVerifiedSources() => Existing(".verified.cs");

        /// <summary>Deletes every received file of this test.</summary>
        internal void DeleteReceived()
        {
            foreach (var file in Existing(".received.cs").Append(ReceivedDiagnostics).Where(File.Exists))
            {
                File.Delete(file);
            }
        }

        private IEnumerable<string> Existing(string suffix) =>
            System.IO.Directory.Exists(Directory)
                ? System.IO.Directory.EnumerateFiles(Directory, Name + "#*" + suffix)
                    .Where(file =>
                    {
                        var fileName = Path.GetFileName(file);
                        return fileName.StartsWith(Name + "#", StringComparison.Ordinal) && fileName.EndsWith(suffix, StringComparison.Ordinal);
                    })
                    .OrderBy(file => file, StringComparer.Ordinal)
                    .ToArray()
                : Enumerable.Empty<string>();
    }
}

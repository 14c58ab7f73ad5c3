using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DiffPlex;
using DiffPlex.Renderer;
using Microsoft.CodeAnalysis;

namespace ContentGen.Testing
{
    /// <summary>Compares generated output with the verified snapshots of one test.</summary>
    internal static class SnapshotVerifier
    {
        private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        private static readonly UnidiffRenderer Diff = new(new Differ(), contextLines: 3);

        /// <summary>
        /// Checks each source (hint name to text) and the diagnostics against their verified files. Received files of
        /// the test are deleted first; a mismatching or missing verified file gets a received file, and a verified source
        /// file whose hint name is no longer generated is stale. Unless <paramref name="settings"/> accept the new output
        /// (which overwrites verified files and deletes stale ones), any of these throws <see cref="ContentGenSnapshotException"/>.
        /// </summary>
        internal static void Verify(
            SnapshotLocation location,
            IEnumerable<KeyValuePair<string, string>> sources,
            IEnumerable<Diagnostic> diagnostics,
            Scrubber scrubber,
            SnapshotSettings settings)
        {
            var snapshots = new List<(string Verified, string Received, string Text)>();
            foreach (var source in sources)
            {
                var verified = location.VerifiedSource(source.Key);
                if (snapshots.Any(snapshot => string.Equals(snapshot.Verified, verified, StringComparison.OrdinalIgnoreCase)))
                {
                    throw new InvalidOperationException(
                        $"Two generated sources map to the snapshot file '{Path.GetFileName(verified)}'; hint names must differ in their file names.");
                }

                snapshots.Add((verified, location.ReceivedSource(source.Key), scrubber.Scrub(source.Value)));
            }

            snapshots.Add((location.VerifiedDiagnostics, location.ReceivedDiagnostics, DiagnosticFormatter.Format(diagnostics, scrubber)));

            location.DeleteReceived();
            var problems = new List<string>();
            foreach (var snapshot in snapshots)
            {
                var verified = File.Exists(snapshot.Verified) ? Scrubber.NormaliseLineEndings(File.ReadAllText(snapshot.Verified)) : null;
                if (verified == snapshot.Text)
                {
                    continue;
                }

                if (settings.Accept)
                {
                    Write(snapshot.Verified, snapshot.Text);
                    continue;
                }

                Write(snapshot.Received, snapshot.Text);
                var problem = verified is null
                    ? $"Missing verified file {snapshot.Verified}"
                    : $"Mismatch in {snapshot.Verified}";
                problems.Add(
                    $"{problem}\nReceived output written to {snapshot.Received}\n" +
                    UnifiedDiff(verified ?? string.Empty, snapshot.Text, Path.GetFileName(snapshot.Verified), Path.GetFileName(snapshot.Received)));
            }

            foreach (var stale in location.ExistingVerifiedSources().Except(snapshots.Select(snapshot => snapshot.Verified), StringComparer.Ordinal))
            {
                if (settings.Accept)
                {
                    File.Delete(stale);
                    continue;
                }

                problems.Add($"Stale verified file {stale}\nIts source is no longer generated; delete the file.\n");
            }

            if (problems.Count > 0)
            {
                throw new ContentGenSnapshotException(
                    $"Snapshots of {location.Name} do not match ({problems.Count} file(s)).\n\n" +
                    string.Join("\n", problems) +
                    $"\nTo accept the received output, rename the .received files to .verified, or run the tests with {SnapshotSettings.AcceptVariable}=1 (not honoured when {SnapshotSettings.CiVariable} is set).");
            }
        }

        /// <summary>A unified diff with three lines of context; a missing final newline shows as a line of its own, as in git.</summary>
        private static string UnifiedDiff(string oldText, string newText, string oldName, string newName) =>
            Diff.Generate(
                Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, NewlineChunker.Instance),
                oldName,
                newName);

        private static void Write(string path, string text)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path));
            File.WriteAllText(path, text, Utf8NoBom);
        }

        /// <summary>Splits <c>\n</c>-separated text into lines, without the empty piece after a final newline.</summary>
        private sealed class NewlineChunker : IChunker
        {
            internal static readonly NewlineChunker Instance = new();

            public IReadOnlyList<string> Chunk(string text)
            {
                if (text.Length == 0)
                {
                    return Array.Empty<string>();
                }

                var lines = text.Split('\n').ToList();
                if (lines[lines.Count - 1].Length == 0)
                {
                    lines.RemoveAt(lines.Count - 1);
                }
                else
                {
                    lines.Add("\\ No newline at end of file");
                }

                return lines;
            }
        }
    }
}

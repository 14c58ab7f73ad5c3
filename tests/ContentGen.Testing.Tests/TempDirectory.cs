using System;
using System.IO;

namespace ContentGen.Testing.Tests
{
    /// <summary>A fresh folder under the system temp folder, deleted on dispose, so tests never write into the repository.</summary>
    internal sealed class TempDirectory : IDisposable
    {
        public TempDirectory()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "contentgen-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        /// <summary>Writes <paramref name="text"/> to <paramref name="relativePath"/> (UTF-8 without BOM, as given) and returns its full path.</summary>
        public string Write(string relativePath, string text)
        {
            var path = System.IO.Path.Combine(Path, relativePath);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            return path;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}

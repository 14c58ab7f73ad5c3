using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ContentGen.Tool.Tests
{
    /// <summary>A temporary working folder with article files, and the tool run in process inside it.</summary>
    internal sealed class ToolRun : IDisposable
    {
        public ToolRun()
        {
            Directory = Path.Combine(Path.GetTempPath(), "contentgen-tool-tests-" + Guid.NewGuid().ToString("N"));
            System.IO.Directory.CreateDirectory(Directory);
        }

        public string Directory { get; }

        /// <summary>The seed article's text, as the repository holds it.</summary>
        public static string SeedText => System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "content", "no-luc-hoan-thanh-cac-nhiem-vu-trong-tam.txt"));

        /// <summary>The seed rewritten as Markdown with front matter.</summary>
        public static string SeedMarkdown => System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "content", "seed-as-markdown.md"));

        public ToolRun File(string relativePath, string text)
        {
            string full = Path.Combine(Directory, relativePath);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            System.IO.File.WriteAllText(full, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return this;
        }

        public ToolRun Files(IEnumerable<KeyValuePair<string, string>> files)
        {
            foreach (KeyValuePair<string, string> file in files)
            {
                File(file.Key, file.Value);
            }

            return this;
        }

        /// <summary>Runs <c>contentgen</c> with <paramref name="args"/> in the folder.</summary>
        public (int ExitCode, string Output, string Error) Run(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            int exit = Program.Run(args, output, error, Directory);
            return (exit, output.ToString(), error.ToString());
        }

        public string Read(string relativePath) => System.IO.File.ReadAllText(Path.Combine(Directory, relativePath));

        public void Dispose()
        {
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
                // Temporary; nothing depends on it.
            }
        }
    }
}

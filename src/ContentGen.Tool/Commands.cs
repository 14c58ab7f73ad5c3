using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ContentGen.Core;
using ContentGen.Core.Diagnostics;
using ContentGen.Core.Hosting;

namespace ContentGen.Tool
{
    /// <summary>What the four commands do, apart from reading their arguments (<see cref="Program"/>).</summary>
    internal sealed class Commands
    {
        /// <summary>Success.</summary>
        public const int Ok = 0;

        /// <summary>A warning or error (check), an unreadable file (show), any error (export, report).</summary>
        public const int Failed = 1;

        /// <summary>Bad usage: an argument the command cannot use.</summary>
        public const int BadUsage = 2;

        private readonly TextWriter _output;
        private readonly TextWriter _error;
        private readonly string _workingDirectory;
        private readonly bool _colour;

        /// <summary>Commands writing to <paramref name="output"/> and <paramref name="error"/>, paths relative to <paramref name="workingDirectory"/>.</summary>
        public Commands(TextWriter output, TextWriter error, string workingDirectory, bool colour)
        {
            _output = output;
            _error = error;
            _workingDirectory = workingDirectory;
            _colour = colour;
        }

        /// <summary><c>contentgen check</c>: every diagnostic the build would report.</summary>
        public int Check(IReadOnlyList<string> paths)
        {
            if (!TryRead(paths, out ContentSetResult? set))
            {
                return BadUsage;
            }

            foreach (DiagnosticInfo diagnostic in set.Diagnostics)
            {
                DiagnosticText.Write(_output, diagnostic, _colour);
            }

            int failing = set.Diagnostics.Count(static d => d.Kind.Severity >= DiagnosticLevel.Warning);
            _output.WriteLine($"{set.Articles.Count} articles, {failing} warnings or errors, {set.Diagnostics.Count - failing} info");
            return failing == 0 ? Ok : Failed;
        }

        /// <summary><c>contentgen show</c>: an outline of one article, with the member name of every quote and metric.</summary>
        public int Show(string path)
        {
            if (!TryRead(new[] { path }, out ContentSetResult? set))
            {
                return Failed;
            }

            if (set.Diagnostics.Any(static d => d.Id == DiagnosticKinds.UnexpectedError.Id) || set.Articles.Count == 0)
            {
                foreach (DiagnosticInfo diagnostic in set.Diagnostics)
                {
                    _error.WriteLine(DiagnosticText.Format(diagnostic));
                }

                return Failed;
            }

            foreach (ContentArticle article in set.Articles)
            {
                Outline.Write(_output, article, set.Diagnostics);
            }

            return Ok;
        }

        /// <summary><c>contentgen export</c>: the articles as JSON, equal to the generated records.</summary>
        public int Export(IReadOnlyList<string> paths, string? outputPath)
        {
            if (!TryRead(paths, out ContentSetResult? set))
            {
                return Failed;
            }

            Article[] articles = set.Articles
                .Select(static a => ArticleMapper.ToArticle(a.Article, a.Identity.Id, a.Identity.Slug, a.Identity.Path))
                .ToArray();
            if (outputPath is null)
            {
                _output.WriteLine(ArticleJson.Serialize(articles));
            }
            else if (!TryWrite(outputPath, stream => ArticleJson.Write(stream, articles)))
            {
                return Failed;
            }

            return ReportReadErrors(set);
        }

        /// <summary><c>contentgen report</c>: one HTML page marking every quote and metric in the text.</summary>
        public int Report(IReadOnlyList<string> paths, string outputPath)
        {
            if (!TryRead(paths, out ContentSetResult? set))
            {
                return Failed;
            }

            if (!TryWrite(outputPath, stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                ReportPage.Write(writer, set);
            }))
            {
                return Failed;
            }

            _output.WriteLine($"{outputPath.Replace('\\', '/')}: {set.Articles.Count} articles, {set.Diagnostics.Count} diagnostics");
            return ReportReadErrors(set);
        }

        // A file that could not be read or processed is an error of the command: said on one line each, exit 1.
        private int ReportReadErrors(ContentSetResult set)
        {
            int failed = 0;
            foreach (DiagnosticInfo diagnostic in set.Diagnostics.Where(static d => d.Id == DiagnosticKinds.UnexpectedError.Id))
            {
                _error.WriteLine(DiagnosticText.Format(diagnostic));
                failed++;
            }

            return failed == 0 ? Ok : Failed;
        }

        private bool TryRead(IReadOnlyList<string> paths, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ContentSetResult? set)
        {
            (IReadOnlyList<ContentFile> files, string? error) = ContentInput.Read(paths, _workingDirectory);
            if (error is not null)
            {
                _error.WriteLine("contentgen: " + error);
                set = null;
                return false;
            }

            set = ContentSet.Read(files);
            return true;
        }

        private bool TryWrite(string outputPath, Action<Stream> write)
        {
            try
            {
                string full = Path.GetFullPath(Path.Combine(_workingDirectory, outputPath));
                string? folder = Path.GetDirectoryName(full);
                if (folder is not null)
                {
                    Directory.CreateDirectory(folder);
                }

                using FileStream stream = File.Create(full);
                write(stream);
                return true;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                _error.WriteLine($"contentgen: cannot write '{outputPath}': {exception.Message}");
                return false;
            }
        }
    }
}

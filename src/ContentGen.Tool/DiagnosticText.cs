using System;
using System.Globalization;
using System.IO;
using ContentGen.Core.Diagnostics;

namespace ContentGen.Tool
{
    /// <summary>Writes diagnostics as the compiler prints them: <c>content/x.txt(5,12): warning CG0002: …</c>.</summary>
    internal static class DiagnosticText
    {
        /// <summary>The compiler's word for a severity.</summary>
        public static string Severity(DiagnosticLevel level) => level switch
        {
            DiagnosticLevel.Info => "info",
            DiagnosticLevel.Warning => "warning",
            DiagnosticLevel.Error => "error",
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "A level with no compiler word."),
        };

        /// <summary>One diagnostic on one line; 1-based line and column.</summary>
        public static string Format(DiagnosticInfo diagnostic) =>
            string.Format(
                CultureInfo.InvariantCulture,
                "{0}({1},{2}): {3} {4}: {5}",
                diagnostic.FilePath,
                diagnostic.Span.StartLine + 1,
                diagnostic.Span.StartColumn + 1,
                Severity(diagnostic.Kind.Severity),
                diagnostic.Id,
                diagnostic.Message);

        /// <summary>Writes <paramref name="diagnostic"/>, its severity in colour when <paramref name="colour"/> is set.</summary>
        public static void Write(TextWriter output, DiagnosticInfo diagnostic, bool colour)
        {
            string line = Format(diagnostic);
            if (!colour)
            {
                output.WriteLine(line);
                return;
            }

            string word = " " + Severity(diagnostic.Kind.Severity) + " ";
            int at = line.IndexOf(word, StringComparison.Ordinal);
            string code = diagnostic.Kind.Severity switch
            {
                DiagnosticLevel.Error => "\u001b[31m",
                DiagnosticLevel.Warning => "\u001b[33m",
                _ => "\u001b[36m",
            };
            output.WriteLine(line.Substring(0, at + 1) + code + word.Trim() + "\u001b[0m" + line.Substring(at + word.Length - 1));
        }
    }
}

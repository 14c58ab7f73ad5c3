using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace ContentGen.Testing
{
    /// <summary>Writes diagnostics one a line, scrubbed and in a stable order.</summary>
    internal static class DiagnosticFormatter
    {
        /// <summary>
        /// One line per diagnostic, <c>{id} {severity} {path}({line},{column})-({line},{column}): {message}</c> (1-based,
        /// <c>(no location)</c> when there is none), ordered by path, position, id and message; empty when there are none.
        /// </summary>
        internal static string Format(IEnumerable<Diagnostic> diagnostics, Scrubber scrubber)
        {
            var lines = diagnostics
                .Select(diagnostic => (Diagnostic: diagnostic, Span: diagnostic.Location.GetLineSpan()))
                .Select(item => (
                    item.Diagnostic,
                    Path: item.Span.IsValid ? scrubber.Scrub(item.Span.Path) : string.Empty,
                    Start: item.Span.StartLinePosition,
                    End: item.Span.EndLinePosition,
                    Message: scrubber.Scrub(item.Diagnostic.GetMessage(CultureInfo.InvariantCulture)).Replace("\n", "\\n")))
                .OrderBy(item => item.Path, StringComparer.Ordinal)
                .ThenBy(item => item.Start)
                .ThenBy(item => item.End)
                .ThenBy(item => item.Diagnostic.Id, StringComparer.Ordinal)
                .ThenBy(item => item.Message, StringComparer.Ordinal);

            var text = new StringBuilder();
            foreach (var item in lines)
            {
                var location = item.Path.Length == 0
                    ? "(no location)"
                    : string.Format(
                        CultureInfo.InvariantCulture,
                        "{0}({1},{2})-({3},{4})",
                        item.Path,
                        item.Start.Line + 1,
                        item.Start.Character + 1,
                        item.End.Line + 1,
                        item.End.Character + 1);
                text.Append(item.Diagnostic.Id).Append(' ')
                    .Append(item.Diagnostic.Severity).Append(' ')
                    .Append(location).Append(": ")
                    .Append(item.Message).Append('\n');
            }

            return text.ToString();
        }
    }
}

using ContentGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Generator.Diagnostics
{
    /// <summary>
    /// A diagnostic as the pipeline carries it: value-equatable, with the file and span instead of a Roslyn
    /// <see cref="Location"/>, which becomes one only when reported.
    /// </summary>
    /// <param name="Id">The descriptor's ID.</param>
    /// <param name="FilePath">The content file, as the compiler knows it.</param>
    /// <param name="Span">Where in the file.</param>
    /// <param name="Arguments">The message's arguments.</param>
    public sealed record DiagnosticInfo(string Id, string FilePath, SourceSpan Span, EquatableArray<string> Arguments)
    {
        /// <summary>Makes a diagnostic info.</summary>
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string filePath, SourceSpan span, params string[] arguments) =>
            new(descriptor.Id, filePath, span, new EquatableArray<string>(arguments));

        /// <summary>The Roslyn diagnostic.</summary>
        public Diagnostic ToDiagnostic()
        {
            var location = Location.Create(
                FilePath,
                new TextSpan(Span.Start, Span.End - Span.Start),
                new LinePositionSpan(new LinePosition(Span.StartLine, Span.StartColumn), new LinePosition(Span.EndLine, Span.EndColumn)));
            var arguments = new object[Arguments.Count];
            for (int i = 0; i < arguments.Length; i++)
            {
                arguments[i] = Arguments[i];
            }

            return Diagnostic.Create(DiagnosticDescriptors.ById(Id), location, arguments);
        }
    }
}

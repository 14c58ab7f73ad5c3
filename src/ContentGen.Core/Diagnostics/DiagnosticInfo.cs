using ContentGen.Core.Model;

namespace ContentGen.Core.Diagnostics
{
    /// <summary>
    /// A diagnostic about a content file: the ID of its <see cref="DiagnosticKind"/>, the file, the span and the message's
    /// arguments. Value-equatable and free of Roslyn types, so it travels through the generator's pipeline and serves
    /// every host (the generator turns it into a compiler diagnostic, the command-line tool prints it the same way).
    /// </summary>
    /// <param name="Id">The kind's ID (<c>CG0003</c>).</param>
    /// <param name="FilePath">The content file, as the host knows it.</param>
    /// <param name="Span">Where in the file.</param>
    /// <param name="Arguments">The message's arguments.</param>
    internal sealed record DiagnosticInfo(string Id, string FilePath, SourceSpan Span, EquatableArray<string> Arguments)
    {
        /// <summary>Makes a diagnostic of <paramref name="kind"/>.</summary>
        public static DiagnosticInfo Create(DiagnosticKind kind, string filePath, SourceSpan span, params string[] arguments) =>
            new(kind.Id, filePath, span, new EquatableArray<string>(arguments));

        /// <summary>The kind this diagnostic is of.</summary>
        public DiagnosticKind Kind => DiagnosticKinds.ById(Id);

        /// <summary>The message, its arguments filled in.</summary>
        public string Message => string.Format(System.Globalization.CultureInfo.InvariantCulture, Kind.MessageFormat, ToObjects(Arguments));

        private static object[] ToObjects(EquatableArray<string> arguments)
        {
            var objects = new object[arguments.Count];
            for (int i = 0; i < objects.Length; i++)
            {
                objects[i] = arguments[i];
            }

            return objects;
        }
    }
}

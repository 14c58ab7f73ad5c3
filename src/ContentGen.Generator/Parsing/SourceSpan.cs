namespace ContentGen.Generator.Parsing
{
    /// <summary>
    /// A range of a content file: character offsets and 0-based line and column of both ends, as the compiler counts
    /// them. Value-equatable, unlike a Roslyn <c>Location</c>, so it can travel through the pipeline.
    /// </summary>
    public readonly record struct SourceSpan(int Start, int End, int StartLine, int StartColumn, int EndLine, int EndColumn)
    {
        /// <summary>The span of a whole first line of the file, for a diagnostic about the file as a whole.</summary>
        public static SourceSpan FileStart => new(0, 0, 0, 0, 0, 0);
    }

    /// <summary>One line of a content file, trimmed, with where its text starts in the file.</summary>
    /// <param name="Text">The line without its surrounding white space.</param>
    /// <param name="Number">1-based line number.</param>
    /// <param name="Offset">Character offset in the file of the first character of <paramref name="Text"/>.</param>
    /// <param name="Column">0-based column of that character.</param>
    internal readonly record struct SourceLine(string Text, int Number, int Offset, int Column);
}

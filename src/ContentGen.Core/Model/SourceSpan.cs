namespace ContentGen.Core.Model
{
    /// <summary>
    /// A range of a content file: character offsets and 0-based line and column of both ends, as the compiler counts
    /// them. Value-equatable, unlike a Roslyn <c>Location</c>, so it can travel through the pipeline.
    /// </summary>
    internal readonly record struct SourceSpan(int Start, int End, int StartLine, int StartColumn, int EndLine, int EndColumn)
    {
        /// <summary>The span of a whole first line of the file, for a diagnostic about the file as a whole.</summary>
        public static SourceSpan FileStart => new(0, 0, 0, 0, 0, 0);
    }
}

namespace ContentGen.Core.Model
{
    /// <summary>One line of a content file, trimmed, with where its text starts in the file.</summary>
    /// <param name="Text">The line without its surrounding white space.</param>
    /// <param name="Number">1-based line number.</param>
    /// <param name="Offset">Character offset in the file of the first character of <paramref name="Text"/>.</param>
    /// <param name="Column">0-based column of that character.</param>
    internal readonly record struct SourceLine(string Text, int Number, int Offset, int Column);
}

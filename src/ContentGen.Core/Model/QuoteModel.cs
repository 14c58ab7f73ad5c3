namespace ContentGen.Core.Model
{
    /// <summary>One quote.</summary>
    /// <param name="Text">Inside the marks, without them.</param>
    /// <param name="Kind">Speech or term.</param>
    /// <param name="Speaker">Name without honorific or title, or null.</param>
    /// <param name="SectionIndex">Index of the section, -1 for the title.</param>
    /// <param name="Line">1-based line where the quote opens.</param>
    /// <param name="Span">Where the quote, marks included, is in the file.</param>
    internal sealed record QuoteModel(string Text, QuoteKindModel Kind, string? Speaker, int SectionIndex, int Line, SourceSpan Span = default);
}

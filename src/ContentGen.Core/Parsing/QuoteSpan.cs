namespace ContentGen.Core.Parsing
{
    /// <summary>A quote's place in a paragraph.</summary>
    /// <param name="Open">Offset of the opening mark.</param>
    /// <param name="ContentStart">Offset just after the opening mark.</param>
    /// <param name="ContentEnd">Offset of the closing mark, or the paragraph's end when the quote is never closed.</param>
    /// <param name="End">Offset just after the closing mark.</param>
    /// <param name="Closed">Whether a closing mark was found in the paragraph.</param>
    /// <param name="Mismatched">Whether the closing mark is of another kind than the opening one (<c>"…”</c>).</param>
    internal readonly record struct QuoteSpan(int Open, int ContentStart, int ContentEnd, int End, bool Closed = true, bool Mismatched = false);
}

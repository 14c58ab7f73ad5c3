namespace ContentGen.Tool
{
    /// <summary>Where a quote or metric is marked in the text of its section (or the title): a range of that text.</summary>
    /// <param name="Start">Offset of the first character marked.</param>
    /// <param name="End">Offset after the last character marked (equal to <paramref name="Start"/> for an empty quote).</param>
    /// <param name="IsQuote">A quote (<c>q</c>), else a metric (<c>data</c>).</param>
    /// <param name="Index">Its index in the article's quotes or metrics, which is also its member's.</param>
    internal sealed record ReportMark(int Start, int End, bool IsQuote, int Index);
}

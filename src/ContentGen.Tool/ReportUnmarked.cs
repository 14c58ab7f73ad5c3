namespace ContentGen.Tool
{
    /// <summary>A quote or metric the page could not mark in the text, and why; listed under its article instead.</summary>
    /// <param name="IsQuote">A quote, else a metric.</param>
    /// <param name="Index">Its index in the article's quotes or metrics.</param>
    /// <param name="Reason">Why it is not marked, in words.</param>
    internal sealed record ReportUnmarked(bool IsQuote, int Index, string Reason);
}

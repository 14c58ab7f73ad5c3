namespace ContentGen.Core.Model
{
    /// <summary>Something in a content file the parser skipped or recovered from.</summary>
    /// <param name="Kind">What it is.</param>
    /// <param name="Span">Where it is in the file.</param>
    /// <param name="Detail">The text concerned (a quote's opening, a number), for the message.</param>
    internal sealed record ParseIssue(ParseIssueKind Kind, SourceSpan Span, string Detail);
}

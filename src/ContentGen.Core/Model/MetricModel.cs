namespace ContentGen.Core.Model
{
    /// <summary>One metric.</summary>
    /// <param name="Text">As written.</param>
    /// <param name="Value">The number (low end of a range).</param>
    /// <param name="MaxValue">High end of a range, or null.</param>
    /// <param name="Kind">Percent, money or measure.</param>
    /// <param name="Unit">Unit as written.</param>
    /// <param name="Label">What is measured, or null.</param>
    /// <param name="SectionIndex">Index of the section, -1 for the title.</param>
    /// <param name="Line">1-based line.</param>
    /// <param name="Span">Where the metric is in the file.</param>
    internal sealed record MetricModel(
        string Text,
        decimal Value,
        decimal? MaxValue,
        MetricKindModel Kind,
        string Unit,
        string? Label,
        int SectionIndex,
        int Line,
        SourceSpan Span = default);
}

namespace ContentGen.Core.Parsing
{
    /// <summary>A metric already read in a paragraph, with its label, for the metrics after it.</summary>
    /// <param name="Start">Offset of the metric.</param>
    /// <param name="End">Offset just after it.</param>
    /// <param name="Label">Its label's range, or null.</param>
    internal readonly record struct LabelledMetric(int Start, int End, (int Start, int End)? Label);
}

namespace ContentGen
{
    /// <summary>The three kinds of metric.</summary>
    public enum MetricKind
    {
        /// <summary>A number followed by %.</summary>
        Percent,

        /// <summary>A number followed by a currency.</summary>
        Money,

        /// <summary>A number followed by a physical unit.</summary>
        Measure,
    }
}

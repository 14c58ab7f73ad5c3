namespace ContentGen.Core.Model
{
    /// <summary>Mirror of <c>ContentGen.MetricKind</c>.</summary>
    internal enum MetricKindModel
    {
        /// <summary>Number + %.</summary>
        Percent,

        /// <summary>Number + currency.</summary>
        Money,

        /// <summary>Number + physical unit.</summary>
        Measure,
    }
}

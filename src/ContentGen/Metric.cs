namespace ContentGen
{
    /// <summary>A number with a unit found in the text: a percentage, an amount of money or a physical measure.</summary>
    public sealed record Metric
    {
        /// <summary>Creates a metric.</summary>
        public Metric(string text, decimal value, decimal? maxValue, MetricKind kind, string unit, string? label, int sectionIndex, int line)
        {
            Text = text ?? throw new System.ArgumentNullException(nameof(text));
            Value = value;
            MaxValue = maxValue;
            Kind = kind;
            Unit = unit ?? throw new System.ArgumentNullException(nameof(unit));
            Label = label;
            SectionIndex = sectionIndex;
            Line = line;
        }

        /// <summary>The metric as written: "145%", "752.370 tỷ đồng", "0,2-0,7%".</summary>
        public string Text { get; }

        /// <summary>The number as written (read in Vietnamese format); the low end of a range.</summary>
        public decimal Value { get; }

        /// <summary>The high end of a range ("0,2-0,7%" gives 0.7), else null.</summary>
        public decimal? MaxValue { get; }

        /// <summary>Percentage, money or physical measure.</summary>
        public MetricKind Kind { get; }

        /// <summary>The unit as written: "%", "tỷ đồng", "triệu USD", "m2".</summary>
        public string Unit { get; }

        /// <summary>What is measured ("Thu ngân sách"), or null when the sentence gives no clear subject.</summary>
        public string? Label { get; }

        /// <summary>Index of the section that holds the metric in <see cref="Article.Sections"/>; -1 for a metric in the title.</summary>
        public int SectionIndex { get; }

        /// <summary>1-based line in the content file where the metric is written.</summary>
        public int Line { get; }

        /// <summary>The text.</summary>
        public override string ToString() => Text;
    }
}

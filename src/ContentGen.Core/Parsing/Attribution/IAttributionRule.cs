namespace ContentGen.Core.Parsing
{
    /// <summary>
    /// One shape by which Vietnamese news says whose words a quote are. The rules are tried in the order of
    /// <see cref="AttributionRules.InOrder"/>; the first that names a speaker wins. Adding a shape is adding a rule.
    /// </summary>
    internal interface IAttributionRule
    {
        /// <summary>
        /// Whether the shape attributes the quote by a verb of saying or its like (<c>X nói</c>, <c>Theo X</c>), so that
        /// even a short quote it attributes is someone's words. Rules that only guess from the passage around the
        /// quote (the previous sentence's speaker) give a speaker only to what reads as speech on its own.
        /// </summary>
        bool AttributesWords { get; }

        /// <summary>What the shape says of the quote: nothing, the shape without a speaker that can be named, or the speaker.</summary>
        Attribution Attribute(QuoteContext quote);
    }

    /// <summary>What one rule found for a quote.</summary>
    /// <param name="Matched">Whether the quote stands in the rule's shape (a verb of saying attributes it).</param>
    /// <param name="Speaker">The speaker, resolved and validated; null when the shape names nobody who can speak.</param>
    internal readonly record struct Attribution(bool Matched, string? Speaker)
    {
        /// <summary>The quote is not in the rule's shape.</summary>
        public static readonly Attribution None = new(false, null);

        /// <summary>The quote is in the rule's shape; <paramref name="speaker"/> is who says it, if the shape names someone.</summary>
        public static Attribution Shape(string? speaker) => new(true, speaker);
    }
}

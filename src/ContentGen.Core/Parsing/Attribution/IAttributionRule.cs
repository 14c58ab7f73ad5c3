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
}

namespace ContentGen.Core.Parsing
{
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

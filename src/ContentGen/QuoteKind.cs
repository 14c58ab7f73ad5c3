namespace ContentGen
{
    /// <summary>What a quote is.</summary>
    public enum QuoteKind
    {
        /// <summary>Someone's words.</summary>
        Speech,

        /// <summary>A short quoted name or phrase nobody is saying.</summary>
        Term,
    }
}

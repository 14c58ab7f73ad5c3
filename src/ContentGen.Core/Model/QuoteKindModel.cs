namespace ContentGen.Core.Model
{
    /// <summary>Mirror of <c>ContentGen.QuoteKind</c>.</summary>
    internal enum QuoteKindModel
    {
        /// <summary>Someone's words.</summary>
        Speech,

        /// <summary>A quoted name or phrase.</summary>
        Term,
    }
}

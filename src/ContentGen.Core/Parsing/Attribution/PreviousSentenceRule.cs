namespace ContentGen.Core.Parsing
{
    /// <summary>
    /// A quote with no attribution of its own takes the speaker the sentence before it introduced:
    /// <c>Theo anh Tuấn, …. "…"</c>, <c>"…", bà X nói. "…"</c>.
    /// </summary>
    internal sealed class PreviousSentenceRule : IAttributionRule
    {
        public bool AttributesWords => false;

        public Attribution Attribute(QuoteContext quote) =>
            quote.Sentence > 0 && quote.Block.SpeakerOf(quote.Sentence - 1) is { } speaker ? Attribution.Shape(speaker) : Attribution.None;
    }
}

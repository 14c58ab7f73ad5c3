namespace ContentGen.Core.Parsing
{
    /// <summary>
    /// <c>Theo ông X, … "…"</c> and <c>…, theo đánh giá của Y, là "…"</c>: the sentence says whose view it reports.
    /// </summary>
    internal sealed class TheoRule : IAttributionRule
    {
        public bool AttributesWords => true;

        public Attribution Attribute(QuoteContext quote)
        {
            if (quote.Named)
            {
                return Attribution.None;
            }

            int sentenceStart = quote.Block.Sentences.StartOf(quote.Sentence);
            if (Clauses.TheoPhrase(quote.Text, sentenceStart, quote.Span.Open) is not { } theo)
            {
                return Attribution.None;
            }

            string? speaker = quote.Speakers.Named(quote.Text, theo.Start, theo.End, quote.Block.Position(theo.Start));
            return speaker is null ? Attribution.None : Attribution.Shape(speaker);
        }
    }
}

namespace ContentGen.Generator.Parsing
{
    /// <summary>
    /// The sentence after the quote says whose words they were: <c>"…". Đó là chia sẻ của anh X, …</c>, also when the
    /// quote ends its paragraph and the next paragraph opens so (<c>"…"</c> ¶ <c>Đó là lời phát biểu của bà Y …</c>).
    /// </summary>
    internal sealed class NextSentenceRule : IAttributionRule
    {
        private static readonly PhraseSet Openings = PhraseSet.Of(LexiconLists.NextSentenceOpenings);

        public bool AttributesWords => true;

        public Attribution Attribute(QuoteContext quote)
        {
            if (quote.Named || !quote.Span.Closed)
            {
                return Attribution.None;
            }

            BlockReading block = quote.Block;
            string text = block.Text;
            int at = Clauses.SkipSpaces(text, quote.Span.End);
            if (at < text.Length && text[at] is '.' or '!' or '?' or '\u2026')
            {
                at = Clauses.SkipSpaces(text, at + 1);
            }

            if (at >= text.Length && quote.Article.NextBody(block.Index) is { } next)
            {
                block = next;
                text = next.Text;
                at = 0;
            }

            if (Openings.MatchAt(text, at) == 0)
            {
                return Attribution.None;
            }

            int end = Clauses.ClauseEnd(text, at);
            for (int k = at; k + 3 <= end; k++)
            {
                if (TextRules.WordAt(text, k, "của"))
                {
                    int comma = text.IndexOf(',', k, end - k);
                    string? speaker = quote.Speakers.Named(text, k + 3, comma < 0 ? end : comma, block.Position(k));
                    return speaker is null ? Attribution.None : Attribution.Shape(speaker);
                }
            }

            return Attribution.None;
        }
    }
}

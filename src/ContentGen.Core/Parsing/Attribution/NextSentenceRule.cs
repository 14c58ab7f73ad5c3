namespace ContentGen.Core.Parsing
{
    /// <summary>
    /// The sentence after the quote says whose words they were: <c>"…". Đó là chia sẻ của anh X, …</c>, also when the
    /// quote ends its paragraph and the next paragraph opens so (<c>"…"</c> ¶ <c>Đó là lời phát biểu của bà Y …</c>), after
    /// any photo caption glued before it.
    /// </summary>
    internal sealed class NextSentenceRule : IAttributionRule
    {
        // How far into the next paragraph a glued photo caption may reach.
        private const int MaxCaptionLength = 250;

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
                at = AfterGluedCaption(text);
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

        // Where a paragraph's own words start after a photo caption glued before them, the caption's credit in brackets
        // ("Đêm nhạc hứa hẹn nhiều cảm xúc. (ảnh BTC cung cấp) Đó là lời …"); 0 when it has none.
        private static int AfterGluedCaption(string text)
        {
            int limit = System.Math.Min(text.Length, MaxCaptionLength);
            for (int k = 0; k + 5 < limit; k++)
            {
                if (text[k] == '(' && (string.CompareOrdinal(text, k + 1, "ảnh", 0, 3) == 0 || string.CompareOrdinal(text, k + 1, "Ảnh", 0, 3) == 0)
                    && !TextRules.IsWordChar(text[k + 4]))
                {
                    int close = text.IndexOf(')', k);
                    return close > 0 ? Clauses.SkipSpaces(text, close + 1) : 0;
                }
            }

            return 0;
        }
    }
}

namespace ContentGen.Core.Parsing
{
    /// <summary>
    /// The attribution after the quote, in its clause: <c>"…" - ông X nói.</c> (a dash, spaced or not),
    /// <c>"…", bà X viết.</c>, <c>"…," Chủ tịch X nêu rõ.</c>, <c>"…", theo ông X.</c>, <c>"…" - Reuters dẫn lời luật
    /// sư X nói</c> (the words are X's), and the relative <c>"…" mà ông X khẳng định</c>, which attributes even a quote a
    /// naming noun stands before (<c>cái gọi là "…" mà ông X khẳng định</c>).
    /// </summary>
    internal sealed class AfterQuoteRule : IAttributionRule
    {
        private const int MaxAttributionWords = 30;

        private static readonly PhraseSet Relatives = PhraseSet.Of(LexiconLists.QuoteRelatives);
        private static readonly PhraseSet Connectives = PhraseSet.Of(LexiconLists.Connectives);

        public bool AttributesWords => true;

        public Attribution Attribute(QuoteContext quote)
        {
            string text = quote.Text;
            if (!quote.Span.Closed || quote.Span.End >= text.Length)
            {
                return Attribution.None;
            }

            int i = Clauses.SkipSpaces(text, quote.Span.End);
            int relative = Relatives.MatchAt(text, i);
            if (relative > 0)
            {
                return AttributeClause(quote, i + relative);
            }

            if (quote.NamedBefore)
            {
                return Attribution.None;
            }

            bool separated = quote.Content[quote.Content.Length - 1] is ',' or '.' or '!' or '?' or '\u2026';
            if (i < text.Length && (text[i] == ',' || TextRules.IsDash(text[i])))
            {
                separated = true;
                i = Clauses.SkipSpaces(text, i + 1);
            }

            if (!separated || i >= text.Length)
            {
                return Attribution.None;
            }

            if (TextRules.WordAt(text, i, "theo"))
            {
                int end = Clauses.ClauseEnd(text, i);
                int comma = text.IndexOf(',', i, end - i);
                string? speaker = quote.Speakers.Named(text, i + 4, comma < 0 ? end : comma, quote.Position);
                return speaker is null ? Attribution.None : Attribution.Shape(speaker);
            }

            return Connectives.MatchAt(text, i) > 0 ? Attribution.None : AttributeClause(quote, i);
        }

        // The clause from `start` names the speaker before its verb of saying.
        private static Attribution AttributeClause(QuoteContext quote, int start)
        {
            string text = quote.Text;
            int end = Clauses.ClauseEnd(text, start);
            foreach (Clauses.Verb verb in Clauses.Verbs(quote.Block, start, end, views: false))
            {
                if (verb.Reported)
                {
                    continue;
                }

                if (TextRules.CountWords(text.Substring(start, verb.Start - start)) > MaxAttributionWords)
                {
                    return Attribution.None;
                }

                string? speaker = quote.Speakers.AnchoredSubjectOf(text, start, verb.Start, quote.Position);
                if (speaker is not null || quote.Speakers.IsSubject(text, start, verb.Start))
                {
                    return Attribution.Shape(speaker);
                }

                return Attribution.None;
            }

            return Attribution.None;
        }
    }
}

namespace ContentGen.Core.Parsing
{
    /// <summary>
    /// The attribution before the quote, in its sentence: <c>X cho biết: "…"</c>, <c>X nói rằng "…"</c>, and a verb of
    /// saying or of view whose report holds the quote (<c>X cho rằng … là "…"</c>, <c>X coi đó là "…"</c>, <c>X hoan
    /// nghênh "…"</c>). Of several verbs, the one nearest the quote whose subject names someone wins (<c>Phía X cho
    /// rằng việc đề nghị … là "…"</c> is X's). Before a colon, a clause without a verb may name the speaker itself: a
    /// caption's <c>Thủ tướng X: "…"</c>, or whose words they are, <c>một câu của ông Y: "…"</c>.
    /// </summary>
    internal sealed class BeforeQuoteRule : IAttributionRule
    {
        private static readonly PhraseSet SpeechNouns = PhraseSet.Of(LexiconLists.SpeechNouns);

        public bool AttributesWords => true;

        public Attribution Attribute(QuoteContext quote)
        {
            if (quote.Named)
            {
                return Attribution.None;
            }

            string text = quote.Text;
            int sentenceStart = quote.Block.Sentences.StartOf(quote.Sentence);
            var verbs = Clauses.Verbs(quote.Block, sentenceStart, quote.Span.Open, views: true);
            bool matched = false;
            for (int j = verbs.Count - 1; j >= 0; j--)
            {
                int from = Clauses.AfterLastQuote(quote.Block, PreviousVerbEnd(verbs, j, sentenceStart), verbs[j].Start);
                string? speaker = quote.Speakers.SubjectOf(text, from, verbs[j].Start, quote.Block.Position(verbs[j].Start));
                if (speaker is not null)
                {
                    return Attribution.Shape(speaker);
                }

                matched |= quote.Speakers.IsSubject(text, from, verbs[j].Start);
            }

            // "ngay lúc phát ngôn "sẽ xử lý"": what a verb of saying says right after it is words, whoever says them.
            matched |= verbs.Count > 0 && verbs[verbs.Count - 1].Saying && Clauses.SkipSpaces(text, verbs[verbs.Count - 1].End) == quote.Span.Open;

            // "kỳ vọng của ông X rằng … "…"", "một câu của ông Y: "…"": whose words they are, without a verb.
            int clauseStart = Clauses.AfterLastQuote(quote.Block, sentenceStart, quote.Span.Open);
            if (WhoseWords(quote, clauseStart, quote.Span.Open) is { } owner)
            {
                return Attribution.Shape(owner);
            }

            // A clause that ends in a colon before the quote names its speaker as its subject, whatever its verb
            // ("Ông X dường như chưa hiểu …: "…"", a caption's "Thủ tướng X: "…"").
            int colon = ColonBefore(text, quote.Span.Open);
            if (colon >= 0 && quote.Speakers.SubjectOf(text, clauseStart, colon, quote.Position) is { } subject)
            {
                return Attribution.Shape(subject);
            }

            // Verbs chained after the sentence's subject ("Trung Quốc luôn thông qua … để tuyên bố …, đồng thời coi …
            // là "…"") are that subject's.
            if (matched && verbs.Count > 0 && quote.Speakers.SubjectOf(text, sentenceStart, FirstBreak(quote.Block, sentenceStart, verbs[0].Start), quote.Position) is { } sentenceSubject)
            {
                return Attribution.Shape(sentenceSubject);
            }

            return matched ? Attribution.Shape(null) : Attribution.None;
        }

        // A reported-speech marker does not end the subject of the verb after it ("X được dẫn lời nói").
        private static int PreviousVerbEnd(System.Collections.Generic.List<Clauses.Verb> verbs, int j, int sentenceStart)
        {
            for (int k = j - 1; k >= 0; k--)
            {
                if (!verbs[k].Reported)
                {
                    return verbs[k].End;
                }
            }

            return sentenceStart;
        }

        // "một câu của ông Y:", "theo lời dạy của Người:", "kỳ vọng của ông X rằng": a noun of someone's words, its
        // possessor, and what the words are (a colon, "rằng" or "là" before the quote).
        private static string? WhoseWords(QuoteContext quote, int start, int end)
        {
            string text = quote.Text;
            for (int k = start; k < end; k++)
            {
                int noun = SpeechNouns.MatchAt(text, k);
                if (noun == 0)
                {
                    continue;
                }

                int of = Clauses.SkipSpaces(text, k + noun);
                if (!TextRules.WordAt(text, of, "của"))
                {
                    continue;
                }

                int ownerEnd = of + 3;
                while (ownerEnd < end && text[ownerEnd] != ':' && !TextRules.WordAt(text, ownerEnd, "rằng") && !TextRules.WordAt(text, ownerEnd, "là"))
                {
                    ownerEnd++;
                }

                if (ownerEnd < end)
                {
                    return quote.Speakers.Named(text, of + 3, ownerEnd, quote.Position);
                }
            }

            return null;
        }

        // Where the sentence's first clause ends before its first verb: at a quote or a comma-free end.
        private static int FirstBreak(BlockReading block, int start, int verb)
        {
            foreach (QuoteSpan quote in block.Quotes)
            {
                if (quote.Open >= start && quote.Open < verb)
                {
                    return quote.Open;
                }
            }

            return verb;
        }

        private static int ColonBefore(string text, int open)
        {
            int k = open;
            while (k > 0 && TextRules.IsSpace(text[k - 1]))
            {
                k--;
            }

            return k > 0 && text[k - 1] == ':' ? k - 1 : -1;
        }
    }
}

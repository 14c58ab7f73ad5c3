namespace ContentGen.Core.Parsing
{
    /// <summary>
    /// A quote inside a passage of reported speech takes the passage's speaking subject: the nearest earlier sentence
    /// of the paragraph, a few sentences back at most, that introduces a speaker (<c>Đồng chí X cho rằng, …. Tuy nhiên,
    /// …, vì "…"</c>).
    /// </summary>
    internal sealed class SpeakingSubjectRule : IAttributionRule
    {
        // How far back a reported-speech passage may reach for its speaking subject (a few sentences).
        private const int MaxReach = 600;

        public bool AttributesWords => false;

        public Attribution Attribute(QuoteContext quote)
        {
            BlockReading block = quote.Block;
            int sentence = quote.Sentence;

            // The quote's own sentence may introduce its speaker after the quote ("“…”, ông X cho biết và cảnh báo …").
            if (block.SpeakerOf(sentence) is { } own && block.SpeakerVerbOf(sentence) < quote.Span.Open)
            {
                return Attribution.Shape(own);
            }

            return block.LastSpeakerBefore(sentence, MaxReach) is { } speaker ? Attribution.Shape(speaker) : Attribution.None;
        }
    }
}

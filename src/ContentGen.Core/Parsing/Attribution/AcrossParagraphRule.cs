namespace ContentGen.Core.Parsing
{
    /// <summary>
    /// A quote that opens a paragraph with no speaker before it in the paragraph takes the last speaker the paragraph
    /// before introduced (<c>Ông X kể lại …</c> ¶ <c>"…"</c>), over photo captions and headings between them.
    /// </summary>
    internal sealed class AcrossParagraphRule : IAttributionRule
    {
        public bool AttributesWords => false;

        public Attribution Attribute(QuoteContext quote)
        {
            BlockReading block = quote.Block;
            if (block.LastSpeakerBefore(quote.Sentence, int.MaxValue / 2) is not null
                || quote.Article.PreviousBody(block.Index) is not { } previous)
            {
                return Attribution.None;
            }

            string? speaker = previous.LastSpeakerBefore(previous.Sentences.Count, int.MaxValue / 2);
            return speaker is null ? Attribution.None : Attribution.Shape(speaker);
        }
    }
}

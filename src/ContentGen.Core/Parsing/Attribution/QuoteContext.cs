namespace ContentGen.Core.Parsing
{
    /// <summary>One quote and everything around it that the attribution rules read.</summary>
    internal sealed class QuoteContext
    {
        public QuoteContext(ArticleReading article, BlockReading block, QuoteSpan span, string content, bool named, bool namedBefore)
        {
            NamedBefore = namedBefore;
            Article = article;
            Block = block;
            Span = span;
            Content = content;
            Named = named;
            Sentence = block.Sentences.IndexAt(span.Open);
        }

        /// <summary>The article.</summary>
        public ArticleReading Article { get; }

        /// <summary>The block that holds the quote.</summary>
        public BlockReading Block { get; }

        /// <summary>The block's text (NFC).</summary>
        public string Text => Block.Text;

        /// <summary>Where the quote is in the block.</summary>
        public QuoteSpan Span { get; }

        /// <summary>The quoted words, trimmed.</summary>
        public string Content { get; }

        /// <summary>Whether the quote is a name: a naming noun or verb stands before it ("chiến dịch “…”", "được xem là
        /// “…”"), or its own words are one ("Vòm Vàng", "Chương trình Học bổng …").</summary>
        public bool Named { get; }

        /// <summary>Whether the words before the quote name it (a naming noun or verb), rather than its own words ("Vòm Vàng").</summary>
        public bool NamedBefore { get; }

        /// <summary>Index of the sentence the quote opens in.</summary>
        public int Sentence { get; }

        /// <summary>Reading position of the quote, for the article's people.</summary>
        public long Position => Block.Position(Span.Open);

        /// <summary>Resolves subjects and phrases to the article's people.</summary>
        public SpeakerResolver Speakers => Article.Speakers;
    }
}

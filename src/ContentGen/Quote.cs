namespace ContentGen
{
    /// <summary>Text inside quotation marks: someone's words, or a quoted term.</summary>
    public sealed record Quote
    {
        /// <summary>Creates a quote.</summary>
        public Quote(string text, QuoteKind kind, string? speaker, int sectionIndex, int line)
        {
            Text = text ?? throw new System.ArgumentNullException(nameof(text));
            Kind = kind;
            Speaker = speaker;
            SectionIndex = sectionIndex;
            Line = line;
        }

        /// <summary>The text inside the quotation marks, without them.</summary>
        public string Text { get; }

        /// <summary>Whether someone says it (<see cref="QuoteKind.Speech"/>) or it names a thing (<see cref="QuoteKind.Term"/>).</summary>
        public QuoteKind Kind { get; }

        /// <summary>Who says it, without honorific or title ("Phạm Quang Nghị"); null when the text does not say.</summary>
        public string? Speaker { get; }

        /// <summary>Index of the section that holds the quote in <see cref="Article.Sections"/>; -1 for a quote in the title.</summary>
        public int SectionIndex { get; }

        /// <summary>1-based line in the content file where the quote opens.</summary>
        public int Line { get; }

        /// <summary>The text.</summary>
        public override string ToString() => Text;
    }
}

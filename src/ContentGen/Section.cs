namespace ContentGen
{
    /// <summary>One paragraph of an article body.</summary>
    public sealed record Section
    {
        /// <summary>Creates a section.</summary>
        public Section(int index, SectionKind kind, string text, int line)
        {
            Index = index;
            Kind = kind;
            Text = text ?? throw new System.ArgumentNullException(nameof(text));
            Line = line;
        }

        /// <summary>0-based position in <see cref="Article.Sections"/>.</summary>
        public int Index { get; }

        /// <summary>What the paragraph is: lead, body paragraph, heading, photo caption or byline.</summary>
        public SectionKind Kind { get; }

        /// <summary>The paragraph, trimmed of white space (NBSP included).</summary>
        public string Text { get; }

        /// <summary>1-based line in the content file where the paragraph starts.</summary>
        public int Line { get; }

        /// <summary>The image's URL when the section is the caption of a Markdown image (<c>![caption](url)</c>), else null.</summary>
        public string? ImageUrl { get; init; }

        /// <summary>The text.</summary>
        public override string ToString() => Text;
    }
}

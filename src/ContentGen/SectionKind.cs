namespace ContentGen
{
    /// <summary>The role of a section in the article.</summary>
    public enum SectionKind
    {
        /// <summary>The opening paragraph.</summary>
        Lead,

        /// <summary>An ordinary body paragraph.</summary>
        Paragraph,

        /// <summary>A short line without final punctuation that heads the paragraphs after it.</summary>
        Heading,

        /// <summary>A photo caption ("… Ảnh: Việt Dũng").</summary>
        Caption,

        /// <summary>The author line at the end of the article.</summary>
        Byline,
    }
}

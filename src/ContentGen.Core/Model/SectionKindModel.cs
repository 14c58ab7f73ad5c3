namespace ContentGen.Core.Model
{
    /// <summary>Mirror of <c>ContentGen.SectionKind</c>; the generator does not reference the runtime assembly.</summary>
    internal enum SectionKindModel
    {
        /// <summary>The opening paragraph.</summary>
        Lead,

        /// <summary>A body paragraph.</summary>
        Paragraph,

        /// <summary>A heading line.</summary>
        Heading,

        /// <summary>A photo caption.</summary>
        Caption,

        /// <summary>The author line.</summary>
        Byline,
    }
}

using ContentGen.Core.Model;
using ContentGen.Core.Parsing;

namespace ContentGen.Core.Documents
{
    /// <summary>One block of an article's body as its format reader found it: its text and where it stands in the file.</summary>
    internal sealed class DocumentBlock
    {
        /// <summary>Makes a block.</summary>
        /// <param name="paragraph">The block's text, without markup, mapped to the file.</param>
        /// <param name="kind">The kind the format itself gives (a Markdown heading or image), or null to let the rules decide.</param>
        /// <param name="imageUrl">The image of a caption written as a Markdown image.</param>
        public DocumentBlock(Paragraph paragraph, SectionKindModel? kind = null, string? imageUrl = null)
        {
            Paragraph = paragraph;
            Kind = kind;
            ImageUrl = imageUrl;
        }

        /// <summary>The block's text, without markup, mapped to the file.</summary>
        public Paragraph Paragraph { get; }

        /// <summary>The kind the format gives, or null when the rules of plain text decide.</summary>
        public SectionKindModel? Kind { get; }

        /// <summary>The image's URL when the block is a Markdown image.</summary>
        public string? ImageUrl { get; }
    }
}

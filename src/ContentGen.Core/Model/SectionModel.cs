namespace ContentGen.Core.Model
{
    /// <summary>One paragraph.</summary>
    /// <param name="Index">0-based position among the sections.</param>
    /// <param name="Kind">What the paragraph is.</param>
    /// <param name="Text">The paragraph without markup, trimmed.</param>
    /// <param name="Line">1-based line where it starts.</param>
    /// <param name="ImageUrl">The image of a caption written as a Markdown image, else null.</param>
    internal sealed record SectionModel(int Index, SectionKindModel Kind, string Text, int Line, string? ImageUrl = null);
}

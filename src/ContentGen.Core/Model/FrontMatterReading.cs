namespace ContentGen.Core.Model
{
    /// <summary>What the front matter reader found at the top of a Markdown file.</summary>
    /// <param name="FrontMatter">The front matter, or null when the file has none or it could not be read.</param>
    /// <param name="BodyStart">Offset of the first character after the front matter block (0 when there is none).</param>
    /// <param name="BodyLine">0-based line of <paramref name="BodyStart"/>.</param>
    /// <param name="Issues">What was wrong with it, each at its line.</param>
    internal sealed record FrontMatterReading(FrontMatterModel? FrontMatter, int BodyStart, int BodyLine, EquatableArray<ParseIssue> Issues);
}

using ContentGen.Core;

namespace ContentGen.Core.Model
{
    /// <summary>What the parser reads from one content file.</summary>
    /// <param name="Title">First non-empty line, trimmed.</param>
    /// <param name="TitleLine">1-based line of the title.</param>
    /// <param name="Outlet">Source tag that opens the lead, without brackets and dash.</param>
    /// <param name="Dateline">Date in the lead's opening words.</param>
    /// <param name="Sections">Paragraphs in document order, title excluded.</param>
    /// <param name="Quotes">Quotes in document order (title first).</param>
    /// <param name="Metrics">Metrics in document order (title first).</param>
    /// <param name="Issues">What the parser recovered from, for the author to hear about.</param>
    internal sealed record ParsedArticle(
        string Title,
        int TitleLine,
        string? Outlet,
        DatelineModel? Dateline,
        EquatableArray<SectionModel> Sections,
        EquatableArray<QuoteModel> Quotes,
        EquatableArray<MetricModel> Metrics,
        EquatableArray<ParseIssue> Issues);
}

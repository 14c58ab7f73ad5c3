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
        EquatableArray<ParseIssue> Issues)
    {
        /// <summary>The slug the front matter gives, overriding the file name's; null when it gives none.</summary>
        public string? Slug { get; init; }

        /// <summary>Front matter <c>date</c>.</summary>
        public System.DateTimeOffset? PublishedAt { get; init; }

        /// <summary>Front matter <c>author</c>/<c>authors</c>, else the names of a byline section.</summary>
        public EquatableArray<string> Authors { get; init; } = EquatableArray<string>.Empty;

        /// <summary>Front matter <c>tags</c>.</summary>
        public EquatableArray<string> Tags { get; init; } = EquatableArray<string>.Empty;

        /// <summary>Front matter <c>category</c>.</summary>
        public string? Category { get; init; }

        /// <summary>Front matter <c>summary</c>.</summary>
        public string? Summary { get; init; }

        /// <summary>Every scalar front matter key with its value as written, in file order.</summary>
        public EquatableArray<MetadataEntry> Metadata { get; init; } = EquatableArray<MetadataEntry>.Empty;
    }
}

namespace ContentGen.Generator.Parsing
{
    // Every model here is an immutable record of strings, numbers and EquatableArrays, with structural
    // equality: the incremental pipeline compares them to decide what to regenerate, so none may hold a
    // Roslyn symbol, syntax node, compilation or location.

    /// <summary>What the parser reads from one content file.</summary>
    /// <param name="Title">First non-empty line, trimmed.</param>
    /// <param name="TitleLine">1-based line of the title.</param>
    /// <param name="Outlet">Source tag that opens the lead, without brackets and dash.</param>
    /// <param name="Dateline">Date in the lead's opening words.</param>
    /// <param name="Sections">Paragraphs in document order, title excluded.</param>
    /// <param name="Quotes">Quotes in document order (title first).</param>
    /// <param name="Metrics">Metrics in document order (title first).</param>
    /// <param name="Issues">What the parser recovered from, for the author to hear about.</param>
    public sealed record ParsedArticle(
        string Title,
        int TitleLine,
        string? Outlet,
        DatelineModel? Dateline,
        EquatableArray<SectionModel> Sections,
        EquatableArray<QuoteModel> Quotes,
        EquatableArray<MetricModel> Metrics,
        EquatableArray<ParseIssue> Issues);

    /// <summary>The parser's reading of a file: the article, or null when the file holds none, and the issues met.</summary>
    public sealed record ParseOutcome(ParsedArticle? Article, EquatableArray<ParseIssue> Issues);

    /// <summary>Something in a content file the parser skipped or recovered from.</summary>
    /// <param name="Kind">What it is.</param>
    /// <param name="Span">Where it is in the file.</param>
    /// <param name="Detail">The text concerned (a quote's opening, a number), for the message.</param>
    public sealed record ParseIssue(ParseIssueKind Kind, SourceSpan Span, string Detail);

    /// <summary>The kinds of <see cref="ParseIssue"/>.</summary>
    public enum ParseIssueKind
    {
        /// <summary>No non-empty line: no title.</summary>
        NoTitle,

        /// <summary>A title but no paragraph that can lead.</summary>
        NoParagraph,

        /// <summary>U+FFFD: bytes that did not decode.</summary>
        ReplacementCharacter,

        /// <summary>A quote never closed in its paragraph; it ends at the paragraph's end.</summary>
        UnclosedQuote,

        /// <summary>A quote opened by one kind of mark and closed by another; paired anyway.</summary>
        MismatchedQuoteMarks,

        /// <summary>A number with a unit too large for <c>decimal</c>; the metric is left out.</summary>
        NumberTooLarge,
    }

    /// <summary>A dateline: the text as written and the numbers it gives.</summary>
    public sealed record DatelineModel(string Text, int? Day, int? Month, int? Year);

    /// <summary>One paragraph.</summary>
    public sealed record SectionModel(int Index, SectionKindModel Kind, string Text, int Line);

    /// <summary>Mirror of <c>ContentGen.SectionKind</c>; the generator does not reference the runtime assembly.</summary>
    public enum SectionKindModel
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

    /// <summary>One quote.</summary>
    /// <param name="Text">Inside the marks, without them.</param>
    /// <param name="Kind">Speech or term.</param>
    /// <param name="Speaker">Name without honorific or title, or null.</param>
    /// <param name="SectionIndex">Index of the section, -1 for the title.</param>
    /// <param name="Line">1-based line where the quote opens.</param>
    /// <param name="Span">Where the quote, marks included, is in the file.</param>
    public sealed record QuoteModel(string Text, QuoteKindModel Kind, string? Speaker, int SectionIndex, int Line, SourceSpan Span = default);

    /// <summary>Mirror of <c>ContentGen.QuoteKind</c>.</summary>
    public enum QuoteKindModel
    {
        /// <summary>Someone's words.</summary>
        Speech,

        /// <summary>A quoted name or phrase.</summary>
        Term,
    }

    /// <summary>One metric.</summary>
    /// <param name="Text">As written.</param>
    /// <param name="Value">The number (low end of a range).</param>
    /// <param name="MaxValue">High end of a range, or null.</param>
    /// <param name="Kind">Percent, money or measure.</param>
    /// <param name="Unit">Unit as written.</param>
    /// <param name="Label">What is measured, or null.</param>
    /// <param name="SectionIndex">Index of the section, -1 for the title.</param>
    /// <param name="Line">1-based line.</param>
    /// <param name="Span">Where the metric is in the file.</param>
    public sealed record MetricModel(
        string Text,
        decimal Value,
        decimal? MaxValue,
        MetricKindModel Kind,
        string Unit,
        string? Label,
        int SectionIndex,
        int Line,
        SourceSpan Span = default);

    /// <summary>Mirror of <c>ContentGen.MetricKind</c>.</summary>
    public enum MetricKindModel
    {
        /// <summary>Number + %.</summary>
        Percent,

        /// <summary>Number + currency.</summary>
        Money,

        /// <summary>Number + physical unit.</summary>
        Measure,
    }
}

namespace ContentGen.Core.Model
{
    /// <summary>The kinds of <see cref="ParseIssue"/>.</summary>
    internal enum ParseIssueKind
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

        /// <summary>Front matter that is not readable YAML (or nests too deep to read safely); it is ignored.</summary>
        FrontMatterUnreadable,

        /// <summary>A front matter block opened by <c>---</c> and never closed; the file is read without it.</summary>
        FrontMatterUnclosed,

        /// <summary>A <c>date</c> that is not ISO 8601; <c>PublishedAt</c> is null.</summary>
        FrontMatterBadDate,

        /// <summary>A front matter value of the wrong shape (a list where a string belongs); it is left out.</summary>
        FrontMatterWrongShape,

        /// <summary>Markdown nested deeper than the reader follows; the file's text is read as plain text.</summary>
        MarkdownTooDeep,
    }
}

using System.Collections.Generic;

namespace ContentGen.Core.Diagnostics
{
    /// <summary>
    /// Every diagnostic ContentGen reports, in one place for every host. Content problems the parser recovers from are
    /// Info, so ordinary articles build with no warning under warnings-as-errors; a skipped or renamed article, bad
    /// front matter or undecodable bytes are Warnings. IDs are never reused; docs/diagnostics.md explains each.
    /// </summary>
    internal static class DiagnosticKinds
    {
        /// <summary>Format: <c>"Article '{0}' is skipped: {1}"</c>.</summary>
        public static readonly DiagnosticKind ArticleSkipped = new(
            "CG0001", "Article skipped", "Article '{0}' is skipped: {1}", DiagnosticLevel.Warning);

        /// <summary>Format: <c>"'{0}' holds bytes that are not valid text in its encoding (shown as U+FFFD); the article is generated with them replaced"</c>.</summary>
        public static readonly DiagnosticKind UndecodableText = new(
            "CG0002", "Undecodable bytes",
            "'{0}' holds bytes that are not valid text in its encoding (shown as U+FFFD); the article is generated with them replaced",
            DiagnosticLevel.Warning);

        /// <summary>Format: <c>"The quote {0} is never closed in its paragraph; it is read to the paragraph's end"</c>.</summary>
        public static readonly DiagnosticKind UnclosedQuote = new(
            "CG0003", "Quote never closed", "The quote {0} is never closed in its paragraph; it is read to the paragraph's end", DiagnosticLevel.Info);

        /// <summary>Format: <c>"The quote {0} opens with one kind of quotation mark and closes with another; they are paired"</c>.</summary>
        public static readonly DiagnosticKind MismatchedQuoteMarks = new(
            "CG0004", "Mismatched quotation marks",
            "The quote {0} opens with one kind of quotation mark and closes with another; they are paired", DiagnosticLevel.Info);

        /// <summary>Format: <c>"The number {0} is too large to read; the metric is left out"</c>.</summary>
        public static readonly DiagnosticKind NumberTooLarge = new(
            "CG0005", "Number too large", "The number {0} is too large to read; the metric is left out", DiagnosticLevel.Info);

        /// <summary>Format: <c>"'{0}' and '{1}' both give the id '{2}'; '{1}' is named '{3}'"</c>.</summary>
        public static readonly DiagnosticKind IdCollision = new(
            "CG0006", "Article ids collide", "'{0}' and '{1}' both give the id '{2}'; '{1}' is named '{3}'", DiagnosticLevel.Warning);

        /// <summary>Format: <c>"The {0} '{1}' is named '{2}': {3}"</c>.</summary>
        public static readonly DiagnosticKind MemberRenamed = new(
            "CG0007", "Member renamed", "The {0} '{1}' is named '{2}': {3}", DiagnosticLevel.Info);

        /// <summary>Format: <c>"'{0}' has {1} {2}; the first {3} get named members, all are in Article.{2}"</c>.</summary>
        public static readonly DiagnosticKind TooManyMembers = new(
            "CG0008", "Too many named members", "'{0}' has {1} {2}; the first {3} get named members, all are in Article.{2}", DiagnosticLevel.Info);

        /// <summary>Format: <c>"The front matter is not readable YAML ({0}); the article is generated without it"</c>.</summary>
        public static readonly DiagnosticKind FrontMatterUnreadable = new(
            "CG0009", "Front matter unreadable",
            "The front matter is not readable YAML ({0}); the article is generated without it", DiagnosticLevel.Warning);

        /// <summary>Format: <c>"The front matter opened by '---' is never closed by a '---' line; the file is read as Markdown without front matter"</c>.</summary>
        public static readonly DiagnosticKind FrontMatterUnclosed = new(
            "CG0010", "Front matter never closed",
            "The front matter opened by '---' is never closed by a '---' line; the file is read as Markdown without front matter", DiagnosticLevel.Warning);

        /// <summary>Format: <c>"The date '{0}' is not an ISO 8601 date or date-time (2025-07-14, 2025-07-14T08:30:00+07:00); PublishedAt is null"</c>.</summary>
        public static readonly DiagnosticKind FrontMatterBadDate = new(
            "CG0011", "Front matter date not ISO 8601",
            "The date '{0}' is not an ISO 8601 date or date-time (2025-07-14, 2025-07-14T08:30:00+07:00); PublishedAt is null", DiagnosticLevel.Warning);

        /// <summary>Format: <c>"The front matter key '{0}' holds {1} where {2} belongs; it is left out"</c>.</summary>
        public static readonly DiagnosticKind FrontMatterWrongShape = new(
            "CG0012", "Front matter value of the wrong shape",
            "The front matter key '{0}' holds {1} where {2} belongs; it is left out", DiagnosticLevel.Warning);

        /// <summary>Format: <c>"The Markdown nests deeper than {0} levels ({1}); the file's text is read as plain text"</c>.</summary>
        public static readonly DiagnosticKind MarkdownTooDeep = new(
            "CG0013", "Markdown nested too deep",
            "The Markdown nests deeper than {0} levels ({1}); the file's text is read as plain text", DiagnosticLevel.Warning);

        /// <summary>Format: <c>"ContentGen could not process '{0}' ({1}: {2}); the other articles are generated"</c>.</summary>
        public static readonly DiagnosticKind UnexpectedError = new(
            "CG9999", "Unexpected error", "ContentGen could not process '{0}' ({1}: {2}); the other articles are generated", DiagnosticLevel.Warning);

        /// <summary>Every kind, in ID order.</summary>
        public static IReadOnlyList<DiagnosticKind> All { get; } = new[]
        {
            ArticleSkipped, UndecodableText, UnclosedQuote, MismatchedQuoteMarks, NumberTooLarge, IdCollision, MemberRenamed,
            TooManyMembers, FrontMatterUnreadable, FrontMatterUnclosed, FrontMatterBadDate, FrontMatterWrongShape, MarkdownTooDeep, UnexpectedError,
        };

        /// <summary>The kind with this ID; an ID no kind has is a defect, not a message to fall back on.</summary>
        public static DiagnosticKind ById(string id)
        {
            foreach (DiagnosticKind kind in All)
            {
                if (kind.Id == id)
                {
                    return kind;
                }
            }

            throw new KeyNotFoundException("No diagnostic kind has the ID '" + id + "'.");
        }
    }
}

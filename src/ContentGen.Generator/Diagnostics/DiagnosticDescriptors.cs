using Microsoft.CodeAnalysis;

namespace ContentGen.Generator.Diagnostics
{
    /// <summary>
    /// Every diagnostic ContentGen reports. Content problems the parser recovers from are Info, so ordinary articles
    /// build with no warning under warnings-as-errors; a skipped article or a renamed article is a Warning. Each
    /// severity can be changed in <c>.editorconfig</c>/<c>.globalconfig</c> (<c>dotnet_diagnostic.CG0003.severity</c>).
    /// </summary>
    public static class DiagnosticDescriptors
    {
        /// <summary>Where each ID is explained: the section of docs/diagnostics.md named after it.</summary>
        public const string HelpLinkBase = "docs/diagnostics.md#";

        private const string Category = "ContentGen";

        /// <summary>Format: <c>"Article '{0}' is skipped: {1}"</c>.</summary>
        public static readonly DiagnosticDescriptor ArticleSkipped = Create(
            "CG0001", "Article skipped", "Article '{0}' is skipped: {1}", DiagnosticSeverity.Warning);

        /// <summary>Format: <c>"'{0}' holds bytes that are not valid text in its encoding (shown as U+FFFD); the article is generated with them replaced"</c>.</summary>
        public static readonly DiagnosticDescriptor UndecodableText = Create(
            "CG0002", "Undecodable bytes",
            "'{0}' holds bytes that are not valid text in its encoding (shown as U+FFFD); the article is generated with them replaced",
            DiagnosticSeverity.Warning);

        /// <summary>Format: <c>"The quote {0} is never closed in its paragraph; it is read to the paragraph's end"</c>.</summary>
        public static readonly DiagnosticDescriptor UnclosedQuote = Create(
            "CG0003", "Quote never closed", "The quote {0} is never closed in its paragraph; it is read to the paragraph's end", DiagnosticSeverity.Info);

        /// <summary>Format: <c>"The quote {0} opens with one kind of quotation mark and closes with another; they are paired"</c>.</summary>
        public static readonly DiagnosticDescriptor MismatchedQuoteMarks = Create(
            "CG0004", "Mismatched quotation marks",
            "The quote {0} opens with one kind of quotation mark and closes with another; they are paired", DiagnosticSeverity.Info);

        /// <summary>Format: <c>"The number {0} is too large to read; the metric is left out"</c>.</summary>
        public static readonly DiagnosticDescriptor NumberTooLarge = Create(
            "CG0005", "Number too large", "The number {0} is too large to read; the metric is left out", DiagnosticSeverity.Info);

        /// <summary>Format: <c>"'{0}' and '{1}' both give the id '{2}'; '{1}' is named '{3}'"</c>.</summary>
        public static readonly DiagnosticDescriptor IdCollision = Create(
            "CG0006", "Article ids collide", "'{0}' and '{1}' both give the id '{2}'; '{1}' is named '{3}'", DiagnosticSeverity.Warning);

        /// <summary>Format: <c>"The {0} '{1}' is named '{2}': {3}"</c>.</summary>
        public static readonly DiagnosticDescriptor MemberRenamed = Create(
            "CG0007", "Member renamed", "The {0} '{1}' is named '{2}': {3}", DiagnosticSeverity.Info);

        /// <summary>Format: <c>"'{0}' has {1} {2}; the first {3} get named members, all are in Article.{2}"</c>.</summary>
        public static readonly DiagnosticDescriptor TooManyMembers = Create(
            "CG0008", "Too many named members", "'{0}' has {1} {2}; the first {3} get named members, all are in Article.{2}", DiagnosticSeverity.Info);

        /// <summary>Format: <c>"ContentGen could not process '{0}' ({1}: {2}); the other articles are generated"</c>.</summary>
        public static readonly DiagnosticDescriptor UnexpectedError = Create(
            "CG9999", "Unexpected error", "ContentGen could not process '{0}' ({1}: {2}); the other articles are generated", DiagnosticSeverity.Warning);

        /// <summary>The descriptor with this ID.</summary>
        public static DiagnosticDescriptor ById(string id) => id switch
        {
            "CG0001" => ArticleSkipped,
            "CG0002" => UndecodableText,
            "CG0003" => UnclosedQuote,
            "CG0004" => MismatchedQuoteMarks,
            "CG0005" => NumberTooLarge,
            "CG0006" => IdCollision,
            "CG0007" => MemberRenamed,
            "CG0008" => TooManyMembers,
            _ => UnexpectedError,
        };

        private static DiagnosticDescriptor Create(string id, string title, string format, DiagnosticSeverity severity) =>
            new(id, title, format, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id.ToLowerInvariant());
    }
}

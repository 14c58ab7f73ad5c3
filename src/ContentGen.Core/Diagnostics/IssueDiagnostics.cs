using System;
using ContentGen.Core.Model;

namespace ContentGen.Core.Diagnostics
{
    /// <summary>The diagnostic of each <see cref="ParseIssue"/>: every kind maps explicitly, none falls through to another ID.</summary>
    internal static class IssueDiagnostics
    {
        /// <summary>The diagnostic of <paramref name="issue"/> in the file <paramref name="filePath"/> (project path <paramref name="path"/>).</summary>
        public static DiagnosticInfo Of(ParseIssue issue, string filePath, string path) => issue.Kind switch
        {
            ParseIssueKind.NoTitle => DiagnosticInfo.Create(DiagnosticKinds.ArticleSkipped, filePath, issue.Span, path, "it has no title (the file is empty or blank)"),
            ParseIssueKind.NoParagraph => DiagnosticInfo.Create(DiagnosticKinds.ArticleSkipped, filePath, issue.Span, path, "it has a title but no paragraph after it"),
            ParseIssueKind.ReplacementCharacter => DiagnosticInfo.Create(DiagnosticKinds.UndecodableText, filePath, issue.Span, path),
            ParseIssueKind.UnclosedQuote => DiagnosticInfo.Create(DiagnosticKinds.UnclosedQuote, filePath, issue.Span, issue.Detail),
            ParseIssueKind.MismatchedQuoteMarks => DiagnosticInfo.Create(DiagnosticKinds.MismatchedQuoteMarks, filePath, issue.Span, issue.Detail),
            ParseIssueKind.NumberTooLarge => DiagnosticInfo.Create(DiagnosticKinds.NumberTooLarge, filePath, issue.Span, issue.Detail),
            ParseIssueKind.FrontMatterUnreadable => DiagnosticInfo.Create(DiagnosticKinds.FrontMatterUnreadable, filePath, issue.Span, issue.Detail),
            ParseIssueKind.FrontMatterUnclosed => DiagnosticInfo.Create(DiagnosticKinds.FrontMatterUnclosed, filePath, issue.Span),
            ParseIssueKind.FrontMatterBadDate => DiagnosticInfo.Create(DiagnosticKinds.FrontMatterBadDate, filePath, issue.Span, issue.Detail),
            ParseIssueKind.FrontMatterWrongShape => DiagnosticInfo.Create(DiagnosticKinds.FrontMatterWrongShape, filePath, issue.Span, Split(issue.Detail)),
            ParseIssueKind.MarkdownTooDeep => DiagnosticInfo.Create(DiagnosticKinds.MarkdownTooDeep, filePath, issue.Span, Documents.MarkdownReader.MaximumNesting.ToString(System.Globalization.CultureInfo.InvariantCulture), issue.Detail),
            _ => throw new ArgumentOutOfRangeException(nameof(issue), issue.Kind, "A parse issue kind with no diagnostic."),
        };

        // A wrong-shape detail is "key|what it holds|what belongs".
        private static string[] Split(string detail)
        {
            string[] parts = detail.Split('|');
            return parts.Length == 3 ? parts : new[] { detail, "a value", "another shape" };
        }

        /// <summary>The detail of a wrong-shape issue: the key, what it holds and what belongs there.</summary>
        public static string WrongShape(string key, string holds, string belongs) => key.Replace("|", "/") + "|" + holds + "|" + belongs;
    }
}

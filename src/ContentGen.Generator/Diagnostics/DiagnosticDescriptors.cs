using System.Collections.Generic;
using ContentGen.Core.Diagnostics;
using Microsoft.CodeAnalysis;

namespace ContentGen.Generator.Diagnostics
{
    /// <summary>
    /// The compiler's descriptor of every <see cref="DiagnosticKind"/>, one to one (a test holds them equal). IDs and
    /// severities are written out here so the release tracking analyzer checks them against AnalyzerReleases.*.md. Each
    /// severity can be changed in <c>.editorconfig</c>/<c>.globalconfig</c> (<c>dotnet_diagnostic.CG0003.severity</c>).
    /// There is no help link: docs/diagnostics.md explains each ID, and a relative link no IDE can open is worse than none.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "ContentGen";

        /// <summary>CG0001: see <see cref="DiagnosticKinds.ArticleSkipped"/>.</summary>
        public static readonly DiagnosticDescriptor ArticleSkipped = Create("CG0001", DiagnosticKinds.ArticleSkipped, DiagnosticSeverity.Warning);

        /// <summary>CG0002: see <see cref="DiagnosticKinds.UndecodableText"/>.</summary>
        public static readonly DiagnosticDescriptor UndecodableText = Create("CG0002", DiagnosticKinds.UndecodableText, DiagnosticSeverity.Warning);

        /// <summary>CG0003: see <see cref="DiagnosticKinds.UnclosedQuote"/>.</summary>
        public static readonly DiagnosticDescriptor UnclosedQuote = Create("CG0003", DiagnosticKinds.UnclosedQuote, DiagnosticSeverity.Info);

        /// <summary>CG0004: see <see cref="DiagnosticKinds.MismatchedQuoteMarks"/>.</summary>
        public static readonly DiagnosticDescriptor MismatchedQuoteMarks = Create("CG0004", DiagnosticKinds.MismatchedQuoteMarks, DiagnosticSeverity.Info);

        /// <summary>CG0005: see <see cref="DiagnosticKinds.NumberTooLarge"/>.</summary>
        public static readonly DiagnosticDescriptor NumberTooLarge = Create("CG0005", DiagnosticKinds.NumberTooLarge, DiagnosticSeverity.Info);

        /// <summary>CG0006: see <see cref="DiagnosticKinds.IdCollision"/>.</summary>
        public static readonly DiagnosticDescriptor IdCollision = Create("CG0006", DiagnosticKinds.IdCollision, DiagnosticSeverity.Warning);

        /// <summary>CG0007: see <see cref="DiagnosticKinds.MemberRenamed"/>.</summary>
        public static readonly DiagnosticDescriptor MemberRenamed = Create("CG0007", DiagnosticKinds.MemberRenamed, DiagnosticSeverity.Info);

        /// <summary>CG0008: see <see cref="DiagnosticKinds.TooManyMembers"/>.</summary>
        public static readonly DiagnosticDescriptor TooManyMembers = Create("CG0008", DiagnosticKinds.TooManyMembers, DiagnosticSeverity.Info);

        /// <summary>CG0009: see <see cref="DiagnosticKinds.FrontMatterUnreadable"/>.</summary>
        public static readonly DiagnosticDescriptor FrontMatterUnreadable = Create("CG0009", DiagnosticKinds.FrontMatterUnreadable, DiagnosticSeverity.Warning);

        /// <summary>CG0010: see <see cref="DiagnosticKinds.FrontMatterUnclosed"/>.</summary>
        public static readonly DiagnosticDescriptor FrontMatterUnclosed = Create("CG0010", DiagnosticKinds.FrontMatterUnclosed, DiagnosticSeverity.Warning);

        /// <summary>CG0011: see <see cref="DiagnosticKinds.FrontMatterBadDate"/>.</summary>
        public static readonly DiagnosticDescriptor FrontMatterBadDate = Create("CG0011", DiagnosticKinds.FrontMatterBadDate, DiagnosticSeverity.Warning);

        /// <summary>CG0012: see <see cref="DiagnosticKinds.FrontMatterWrongShape"/>.</summary>
        public static readonly DiagnosticDescriptor FrontMatterWrongShape = Create("CG0012", DiagnosticKinds.FrontMatterWrongShape, DiagnosticSeverity.Warning);

        /// <summary>CG0013: see <see cref="DiagnosticKinds.MarkdownTooDeep"/>.</summary>
        public static readonly DiagnosticDescriptor MarkdownTooDeep = Create("CG0013", DiagnosticKinds.MarkdownTooDeep, DiagnosticSeverity.Warning);

        /// <summary>CG9999: see <see cref="DiagnosticKinds.UnexpectedError"/>.</summary>
        public static readonly DiagnosticDescriptor UnexpectedError = Create("CG9999", DiagnosticKinds.UnexpectedError, DiagnosticSeverity.Warning);

        /// <summary>Every descriptor, in ID order.</summary>
        public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[] { ArticleSkipped, UndecodableText, UnclosedQuote, MismatchedQuoteMarks, NumberTooLarge, IdCollision, MemberRenamed, TooManyMembers, FrontMatterUnreadable, FrontMatterUnclosed, FrontMatterBadDate, FrontMatterWrongShape, MarkdownTooDeep, UnexpectedError };

        private static readonly Dictionary<string, DiagnosticDescriptor> Descriptors = Index(All);

        /// <summary>The descriptor of the kind with this ID; an ID with none is a defect and throws.</summary>
        public static DiagnosticDescriptor ById(string id) => Descriptors[id];

        /// <summary>The Roslyn diagnostic of <paramref name="info"/>, located in its content file.</summary>
        public static Diagnostic ToDiagnostic(this DiagnosticInfo info)
        {
            var location = Location.Create(
                info.FilePath,
                new Microsoft.CodeAnalysis.Text.TextSpan(info.Span.Start, info.Span.End - info.Span.Start),
                new Microsoft.CodeAnalysis.Text.LinePositionSpan(
                    new Microsoft.CodeAnalysis.Text.LinePosition(info.Span.StartLine, info.Span.StartColumn),
                    new Microsoft.CodeAnalysis.Text.LinePosition(info.Span.EndLine, info.Span.EndColumn)));
            var arguments = new object[info.Arguments.Count];
            for (int i = 0; i < arguments.Length; i++)
            {
                arguments[i] = info.Arguments[i];
            }

            return Diagnostic.Create(ById(info.Id), location, arguments);
        }

        private static DiagnosticDescriptor Create(string id, DiagnosticKind kind, DiagnosticSeverity severity) =>
            new(id, kind.Title, kind.MessageFormat, Category, severity, isEnabledByDefault: true);

        private static Dictionary<string, DiagnosticDescriptor> Index(IReadOnlyList<DiagnosticDescriptor> all)
        {
            var index = new Dictionary<string, DiagnosticDescriptor>();
            foreach (DiagnosticDescriptor descriptor in all)
            {
                index.Add(descriptor.Id, descriptor);
            }

            return index;
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using ContentGen.Core.Diagnostics;
using ContentGen.Core.Model;

namespace ContentGen.Tool
{
    /// <summary>One row of the report's summary table: what an editor checks first.</summary>
    /// <param name="Quotes">Every quote.</param>
    /// <param name="SpeechWithoutSpeaker">Speech quotes with no speaker found: the likeliest misreading.</param>
    /// <param name="Metrics">Every metric.</param>
    /// <param name="MetricsWithoutLabel">Metrics with no label found (their member is named after kind and value).</param>
    /// <param name="Warnings">Diagnostics of severity warning or above (the ones <c>check</c> fails on).</param>
    /// <param name="Info">Diagnostics of severity info.</param>
    internal sealed record ReportCounts(int Quotes, int SpeechWithoutSpeaker, int Metrics, int MetricsWithoutLabel, int Warnings, int Info)
    {
        /// <summary>Nothing counted.</summary>
        public static ReportCounts Zero { get; } = new(0, 0, 0, 0, 0, 0);

        /// <summary>The counts of an article and its diagnostics.</summary>
        public static ReportCounts Of(ParsedArticle article, IReadOnlyCollection<DiagnosticInfo> diagnostics) => new(
            article.Quotes.Count,
            article.Quotes.Count(static q => q.Kind == QuoteKindModel.Speech && q.Speaker is null),
            article.Metrics.Count,
            article.Metrics.Count(static m => m.Label is null),
            diagnostics.Count(static d => d.Kind.Severity >= DiagnosticLevel.Warning),
            diagnostics.Count(static d => d.Kind.Severity < DiagnosticLevel.Warning));

        /// <summary>The counts of diagnostics alone (files that gave no article).</summary>
        public static ReportCounts OfDiagnostics(IReadOnlyCollection<DiagnosticInfo> diagnostics) => Zero with
        {
            Warnings = diagnostics.Count(static d => d.Kind.Severity >= DiagnosticLevel.Warning),
            Info = diagnostics.Count(static d => d.Kind.Severity < DiagnosticLevel.Warning),
        };

        /// <summary>Both counts added.</summary>
        public ReportCounts Add(ReportCounts other) => new(
            Quotes + other.Quotes,
            SpeechWithoutSpeaker + other.SpeechWithoutSpeaker,
            Metrics + other.Metrics,
            MetricsWithoutLabel + other.MetricsWithoutLabel,
            Warnings + other.Warnings,
            Info + other.Info);
    }
}

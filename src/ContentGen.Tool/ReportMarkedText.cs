using System.Collections.Generic;
using System.Globalization;
using System.IO;
using ContentGen.Core.Hosting;
using ContentGen.Core.Model;

namespace ContentGen.Tool
{
    /// <summary>
    /// Writes a text of an article with its quotes as <c>q</c> and its metrics as <c>data</c> elements, attributes as the
    /// contract gives them (API.md, <c>contentgen report</c>). Every character of the text is written once, escaped, in
    /// order, so the element's text content is the text exactly.
    /// </summary>
    internal static class ReportMarkedText
    {
        /// <summary>Writes <paramref name="text"/> with <paramref name="marks"/> (ordered and nested, see <see cref="ReportPlacement"/>).</summary>
        public static void Write(TextWriter output, ContentArticle article, string text, IReadOnlyList<ReportMark> marks)
        {
            int position = 0;
            var open = new Stack<ReportMark>();
            foreach (ReportMark mark in marks)
            {
                while (open.Count > 0 && open.Peek().End <= mark.Start)
                {
                    position = Close(output, text, position, open.Pop());
                }

                ReportHtml.Write(output, text, position, mark.Start - position);
                position = mark.Start;
                output.Write(mark.IsQuote ? QuoteTag(article, mark.Index) : MetricTag(article, mark.Index));
                open.Push(mark);
            }

            while (open.Count > 0)
            {
                position = Close(output, text, position, open.Pop());
            }

            ReportHtml.Write(output, text, position, text.Length - position);
        }

        /// <summary>The member of quote <paramref name="index"/> (<c>PhamQuangNghi1</c>), or null past the named ones.</summary>
        public static string? QuoteMember(ContentArticle article, int index) => index < article.QuoteNames.Length ? article.QuoteNames[index] : null;

        /// <summary>The member of metric <paramref name="index"/> (<c>ThuNganSach</c>), or null past the named ones.</summary>
        public static string? MetricMember(ContentArticle article, int index) => index < article.MetricNames.Length ? article.MetricNames[index] : null;

        /// <summary>A quote's kind as the page writes it: <c>speech</c>, <c>term</c>.</summary>
        public static string Kind(QuoteKindModel kind) => kind == QuoteKindModel.Speech ? "speech" : "term";

        /// <summary>A metric's value as the page writes it: invariant, the high end after a dash for a range.</summary>
        public static string Value(MetricModel metric) =>
            metric.Value.ToString(CultureInfo.InvariantCulture) + (metric.MaxValue is { } max ? "–" + max.ToString(CultureInfo.InvariantCulture) : string.Empty);

        /// <summary>What a quote is, in words: kind, speaker, member; the <c>title</c> of its mark.</summary>
        public static string Describe(ContentArticle article, int index)
        {
            QuoteModel quote = article.Article.Quotes[index];
            string? member = QuoteMember(article, index);
            string speaker = quote.Speaker is not null ? " · " + quote.Speaker : quote.Kind == QuoteKindModel.Speech ? " · no speaker" : string.Empty;
            return quote.Kind + speaker + " · " + (member is null ? "no member (Article.Quotes[" + N(index) + "])" : "Quotes." + member);
        }

        /// <summary>What a metric is, in words: kind, value, unit, label, member; the <c>title</c> of its mark.</summary>
        public static string DescribeMetric(ContentArticle article, int index)
        {
            MetricModel metric = article.Article.Metrics[index];
            string? member = MetricMember(article, index);
            return metric.Kind + " " + Value(metric) + " " + metric.Unit
                + " · " + (metric.Label ?? "no label")
                + " · " + (member is null ? "no member (Article.Metrics[" + N(index) + "])" : "Metrics." + member);
        }

        private static int Close(TextWriter output, string text, int position, ReportMark mark)
        {
            ReportHtml.Write(output, text, position, mark.End - position);
            output.Write(mark.IsQuote ? "</q>" : "</data>");
            return mark.End;
        }

        // <q data-kind="speech" data-speaker="Phạm Quang Nghị" data-member="PhamQuangNghi1" title="…">: no speaker, no
        // data-speaker; no member (past the named ones), no data-member; the page's CSS reads both absences.
        private static string QuoteTag(ContentArticle article, int index)
        {
            QuoteModel quote = article.Article.Quotes[index];
            string? member = QuoteMember(article, index);
            return "<q data-kind=\"" + Kind(quote.Kind) + "\""
                + (quote.Speaker is null ? string.Empty : " data-speaker=\"" + ReportHtml.Escape(quote.Speaker) + "\"")
                + (member is null ? string.Empty : " data-member=\"" + ReportHtml.Escape(member) + "\"")
                + " title=\"" + ReportHtml.Escape(Describe(article, index)) + "\">";
        }

        // <data value="145" data-kind="Percent" data-unit="%" data-label="Thu ngân sách" data-member="ThuNganSach">, plus
        // data-max for a range; value is the invariant decimal, so a machine reads it whatever the page's language.
        private static string MetricTag(ContentArticle article, int index)
        {
            MetricModel metric = article.Article.Metrics[index];
            string? member = MetricMember(article, index);
            return "<data value=\"" + metric.Value.ToString(CultureInfo.InvariantCulture) + "\""
                + (metric.MaxValue is { } max ? " data-max=\"" + max.ToString(CultureInfo.InvariantCulture) + "\"" : string.Empty)
                + " data-kind=\"" + metric.Kind + "\""
                + " data-unit=\"" + ReportHtml.Escape(metric.Unit) + "\""
                + (metric.Label is null ? string.Empty : " data-label=\"" + ReportHtml.Escape(metric.Label) + "\"")
                + (member is null ? string.Empty : " data-member=\"" + ReportHtml.Escape(member) + "\"")
                + " title=\"" + ReportHtml.Escape(DescribeMetric(article, index)) + "\">";
        }

        private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}

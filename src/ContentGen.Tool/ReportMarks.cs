using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Core.Hosting;
using ContentGen.Core.Model;

namespace ContentGen.Tool
{
    /// <summary>
    /// Finds where each quote and metric of an article goes in the text the page shows. The models carry their text, not
    /// an offset into the section's text (a Markdown section is text without its markup, so a file offset does not
    /// map onto it), so each one's text is looked for in its section's text, in document order, from a cursor that
    /// moves on per section and per kind: the second "5%" of a paragraph is found after the first.
    /// </summary>
    internal static class ReportMarks
    {
        /// <summary>The marks of <paramref name="article"/>.</summary>
        public static ReportPlacement Place(ContentArticle article)
        {
            ParsedArticle a = article.Article;
            var found = new SortedDictionary<int, List<ReportMark>>();
            var unmarked = new List<ReportUnmarked>();

            var quoteCursors = new Dictionary<int, int>();
            for (int i = 0; i < a.Quotes.Count; i++)
            {
                QuoteModel quote = a.Quotes[i];
                Find(a, quote.SectionIndex, quote.Text, isQuote: true, i, quoteCursors, found, unmarked);
            }

            var metricCursors = new Dictionary<int, int>();
            for (int i = 0; i < a.Metrics.Count; i++)
            {
                MetricModel metric = a.Metrics[i];
                Find(a, metric.SectionIndex, metric.Text, isQuote: false, i, metricCursors, found, unmarked);
            }

            var marks = new Dictionary<int, IReadOnlyList<ReportMark>>();
            foreach (KeyValuePair<int, List<ReportMark>> text in found)
            {
                marks.Add(text.Key, Nest(text.Value, unmarked));
            }

            ReportUnmarked[] ordered = unmarked.OrderBy(static u => u.IsQuote ? 0 : 1).ThenBy(static u => u.Index).ToArray();
            return new ReportPlacement(marks, ordered);
        }

        /// <summary>The text a mark of <paramref name="sectionIndex"/> is looked for in: the title for -1, else the section's.</summary>
        public static string? TextOf(ParsedArticle article, int sectionIndex) =>
            sectionIndex == -1 ? article.Title
            : sectionIndex >= 0 && sectionIndex < article.Sections.Count ? article.Sections[sectionIndex].Text
            : null;

        private static void Find(
            ParsedArticle article,
            int sectionIndex,
            string text,
            bool isQuote,
            int index,
            Dictionary<int, int> cursors,
            SortedDictionary<int, List<ReportMark>> found,
            List<ReportUnmarked> unmarked)
        {
            string? where = TextOf(article, sectionIndex);
            if (where is null)
            {
                unmarked.Add(new ReportUnmarked(isQuote, index, "its section does not exist"));
                return;
            }

            cursors.TryGetValue(sectionIndex, out int cursor);
            int at = where.IndexOf(text, cursor, StringComparison.Ordinal);
            if (at < 0)
            {
                // Left where it was: the next one of the kind may still be found after the cursor.
                unmarked.Add(new ReportUnmarked(isQuote, index, "its text is not found in the text shown"));
                return;
            }

            cursors[sectionIndex] = at + text.Length;
            if (!found.TryGetValue(sectionIndex, out List<ReportMark>? marks))
            {
                marks = new List<ReportMark>();
                found.Add(sectionIndex, marks);
            }

            marks.Add(new ReportMark(at, at + text.Length, isQuote, index));
        }

        // Ordered by start, the longer first (so an outer mark comes before what it holds), a quote before a metric of the
        // same range, then document order: one order whatever the input order, so the page is the same every time. A
        // mark inside the open one nests in it; one that starts inside it and ends after it cannot be written as HTML
        // and is left unmarked (and listed) rather than breaking the text.
        private static IReadOnlyList<ReportMark> Nest(List<ReportMark> marks, List<ReportUnmarked> unmarked)
        {
            marks.Sort(static (x, y) =>
            {
                int order = x.Start.CompareTo(y.Start);
                if (order == 0)
                {
                    order = y.End.CompareTo(x.End);
                }

                if (order == 0)
                {
                    order = y.IsQuote.CompareTo(x.IsQuote);
                }

                return order != 0 ? order : x.Index.CompareTo(y.Index);
            });

            var kept = new List<ReportMark>(marks.Count);
            var open = new Stack<ReportMark>();
            foreach (ReportMark mark in marks)
            {
                // A mark that ends where this one starts is closed first: touching is not holding (an empty mark holds nothing).
                while (open.Count > 0 && open.Peek().End <= mark.Start)
                {
                    open.Pop();
                }

                if (open.Count > 0 && mark.End > open.Peek().End)
                {
                    unmarked.Add(new ReportUnmarked(mark.IsQuote, mark.Index, "it overlaps another mark without being inside it"));
                    continue;
                }

                kept.Add(mark);
                open.Push(mark);
            }

            return kept;
        }
    }
}

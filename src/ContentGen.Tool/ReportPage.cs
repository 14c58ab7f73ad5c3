using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ContentGen.Core.Diagnostics;
using ContentGen.Core.Hosting;

namespace ContentGen.Tool
{
    /// <summary>
    /// The page <c>contentgen report</c> writes: what an editor opens to see what ContentGen understood. One self-contained
    /// HTML5 file (inline style, no script, nothing loaded): an overview and a summary table across articles, then each
    /// article (<see cref="ReportArticle"/>) with its text marked, then the diagnostics of files that gave no article.
    /// </summary>
    /// <remarks>
    /// Same input, same bytes: no time, no machine, invariant numbers, <c>\n</c> line ends whatever the platform.
    /// Content is only ever written escaped (<see cref="ReportHtml"/>); ids and links come from the generated C# ids.
    /// </remarks>
    internal static class ReportPage
    {
        /// <summary>The id of the section of files that gave no article.</summary>
        public const string NoArticleAnchor = "no-article";

        /// <summary>Writes the page of <paramref name="set"/>.</summary>
        public static void Write(TextWriter output, ContentSetResult set)
        {
            IReadOnlyList<ContentArticle> articles = set.Articles;
            string[] anchors = articles.Select(static (a, i) => ReportHtml.Anchor(a.Identity.Id, i)).ToArray();
            DiagnosticInfo[][] own = articles
                .Select(a => set.Diagnostics.Where(d => string.Equals(d.FilePath, a.Identity.FilePath, StringComparison.Ordinal)).ToArray())
                .ToArray();
            ReportCounts[] counts = articles.Select((a, i) => ReportCounts.Of(a.Article, own[i])).ToArray();

            // Files that gave no article (empty, unreadable, not processed) have diagnostics and nothing else to show them by.
            var articleFiles = new HashSet<string>(articles.Select(static a => a.Identity.FilePath), StringComparer.Ordinal);
            DiagnosticInfo[] orphans = set.Diagnostics.Where(d => !articleFiles.Contains(d.FilePath)).ToArray();
            IGrouping<string, DiagnosticInfo>[] orphanFiles = orphans.GroupBy(static d => d.FilePath, StringComparer.Ordinal).ToArray();

            output.Write("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n");
            output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            output.Write("<title>ContentGen report</title>\n<style>");
            output.Write(ReportStyle.Css);
            output.Write("</style>\n</head>\n<body>\n");

            WriteOverview(output, counts, orphanFiles.Length, ReportCounts.OfDiagnostics(orphans));
            WriteSummary(output, articles, anchors, counts, orphanFiles.Length, ReportCounts.OfDiagnostics(orphans));

            output.Write("<main>\n");
            for (int i = 0; i < articles.Count; i++)
            {
                ReportArticle.Write(output, articles[i], anchors[i], own[i]);
            }

            output.Write("</main>\n");
            WriteNoArticle(output, orphanFiles);
            output.Write("</body>\n</html>\n");
        }

        /// <summary><paramref name="value"/> in invariant digits.</summary>
        public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>Writes one diagnostic as a list item: the compiler's line, coloured by severity, with a link to its place when it has one.</summary>
        public static void WriteDiagnostic(TextWriter output, DiagnosticInfo diagnostic, string? link, string? linkText)
        {
            output.Write("<li class=\"" + DiagnosticText.Severity(diagnostic.Kind.Severity) + "\">");
            if (link is not null && linkText is not null)
            {
                output.Write("<a href=\"#" + link + "\">" + linkText + "</a>");
            }

            output.Write("<code>");
            ReportHtml.Write(output, DiagnosticText.Format(diagnostic));
            output.Write("</code></li>\n");
        }

        private static void WriteOverview(TextWriter output, ReportCounts[] counts, int orphanFiles, ReportCounts orphans)
        {
            ReportCounts total = counts.Aggregate(orphans, static (sum, c) => sum.Add(c));
            output.Write("<header>\n<h1>ContentGen report</h1>\n<p class=\"overview\">Articles: " + N(counts.Length)
                + " · Files with no article: " + N(orphanFiles)
                + " · Quotes: " + N(total.Quotes) + " · Metrics: " + N(total.Metrics)
                + " · Warnings: " + N(total.Warnings) + " · Info: " + N(total.Info) + "</p>\n");
            output.Write("<p class=\"legend\">Marks: <span class=\"key key-speech\">speech</span><span class=\"key key-no-speaker\">speech, no speaker</span>"
                + "<span class=\"key key-term\">term</span><span class=\"key key-metric\">metric</span><span class=\"key key-no-label\">metric, no label</span>"
                + "<span class=\"key key-no-member\">no member</span> Point at a mark for its speaker or label and its member; "
                + "the numbers in the margin are lines in the file.</p>\n</header>\n");
        }

        private static void WriteSummary(TextWriter output, IReadOnlyList<ContentArticle> articles, string[] anchors, ReportCounts[] counts, int orphanFiles, ReportCounts orphans)
        {
            output.Write("<nav aria-label=\"Summary\">\n<table class=\"summary\" id=\"summary\">\n<thead><tr><th scope=\"col\">Article</th>"
                + "<th scope=\"col\">Quotes</th><th scope=\"col\">Speech without speaker</th><th scope=\"col\">Metrics</th>"
                + "<th scope=\"col\">Metrics without label</th><th scope=\"col\">Warnings</th><th scope=\"col\">Info</th></tr></thead>\n<tbody>\n");
            ReportCounts total = ReportCounts.Zero;
            for (int i = 0; i < articles.Count; i++)
            {
                output.Write("<tr><th scope=\"row\"><a href=\"#" + anchors[i] + "\">");
                ReportHtml.Write(output, articles[i].Article.Title);
                output.Write("</a><span class=\"path\">");
                ReportHtml.Write(output, articles[i].Identity.Path);
                output.Write("</span></th>");
                WriteCounts(output, counts[i], articleColumns: true);
                output.Write("</tr>\n");
                total = total.Add(counts[i]);
            }

            if (orphanFiles > 0)
            {
                output.Write("<tr class=\"no-article\"><th scope=\"row\"><a href=\"#" + NoArticleAnchor + "\">Files with no article ("
                    + N(orphanFiles) + ")</a></th>");
                WriteCounts(output, orphans, articleColumns: false);
                output.Write("</tr>\n");
                total = total.Add(orphans);
            }

            output.Write("</tbody>\n<tfoot><tr><th scope=\"row\">Total</th>");
            WriteCounts(output, total, articleColumns: true);
            output.Write("</tr></tfoot>\n</table>\n</nav>\n");
        }

        // One cell per count, named by class so a reader (or a test) finds a column without counting; a count of something
        // to look at (no speaker, no label, a warning) is flagged when it is not zero.
        private static void WriteCounts(TextWriter output, ReportCounts counts, bool articleColumns)
        {
            Cell(output, "quotes", articleColumns ? counts.Quotes : null, flag: false);
            Cell(output, "speech-without-speaker", articleColumns ? counts.SpeechWithoutSpeaker : null, flag: true);
            Cell(output, "metrics", articleColumns ? counts.Metrics : null, flag: false);
            Cell(output, "metrics-without-label", articleColumns ? counts.MetricsWithoutLabel : null, flag: true);
            Cell(output, "warnings", counts.Warnings, flag: true);
            Cell(output, "info", counts.Info, flag: false);
        }

        private static void Cell(TextWriter output, string name, int? count, bool flag)
        {
            string @class = name + (flag && count > 0 ? " flag" : string.Empty);
            output.Write("<td class=\"" + @class + "\">" + (count is int n ? N(n) : "–") + "</td>");
        }

        private static void WriteNoArticle(TextWriter output, IGrouping<string, DiagnosticInfo>[] files)
        {
            if (files.Length == 0)
            {
                return;
            }

            output.Write("<section class=\"no-article\" id=\"" + NoArticleAnchor + "\">\n<h2>Files with no article (" + N(files.Length) + ")</h2>\n");
            foreach (IGrouping<string, DiagnosticInfo> file in files)
            {
                output.Write("<section class=\"file\">\n<h3><code>");
                ReportHtml.Write(output, file.Key);
                output.Write("</code></h3>\n<ul class=\"diagnostics\">\n");
                foreach (DiagnosticInfo diagnostic in file)
                {
                    WriteDiagnostic(output, diagnostic, link: null, linkText: null);
                }

                output.Write("</ul>\n</section>\n");
            }

            output.Write("</section>\n");
        }
    }
}

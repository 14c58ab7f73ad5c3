using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ContentGen.Core.Diagnostics;
using ContentGen.Core.Hosting;
using ContentGen.Core.Model;

namespace ContentGen.Tool
{
    /// <summary>
    /// One article of the report page: its title (marked) and facts, its text with every quote and metric marked, what
    /// could not be marked, and its diagnostics. Every section's element carries <c>data-section</c> (its index, -1 for
    /// the title) and holds exactly the section's text, marks aside.
    /// </summary>
    internal static class ReportArticle
    {
        // Long texts quoted in lists (what could not be marked) are cut: the text itself is in full above.
        private const int Excerpt = 160;

        /// <summary>Writes <paramref name="article"/> as an <c>article</c> element with id <paramref name="anchor"/>.</summary>
        public static void Write(TextWriter output, ContentArticle article, string anchor, IReadOnlyList<DiagnosticInfo> diagnostics)
        {
            ParsedArticle a = article.Article;
            ReportPlacement placement = ReportMarks.Place(article);

            output.Write("<article class=\"article\" id=\"" + anchor + "\">\n<header>\n");
            output.Write("<h2 id=\"" + anchor + "-title\" data-section=\"-1\" data-line=\"" + N(a.TitleLine) + "\">");
            ReportMarkedText.Write(output, article, a.Title, placement.Of(-1));
            output.Write("</h2>\n");
            WriteFacts(output, article);
            output.Write("</header>\n<div class=\"text\">\n");
            foreach (SectionModel section in a.Sections)
            {
                WriteSection(output, article, anchor, section, placement.Of(section.Index));
            }

            output.Write("</div>\n");
            WriteUnmarked(output, article, placement.Unmarked);
            WriteDiagnostics(output, article, anchor, diagnostics);
            output.Write("</article>\n");
        }

        private static void WriteFacts(TextWriter output, ContentArticle article)
        {
            ParsedArticle a = article.Article;
            output.Write("<dl class=\"facts\">\n");
            Fact(output, "Path", article.Identity.Path, code: true);
            Fact(output, "Class", "Articles." + article.Identity.Id, code: true);
            Fact(output, "Slug", article.Identity.Slug, code: true);

            // Outlet and dateline are read from the lead: their absence is worth seeing, so it is said.
            Fact(output, "Outlet", a.Outlet, code: false);
            Fact(output, "Dateline", a.Dateline is null ? null : a.Dateline.Text, code: false, a.Dateline is null ? null : Outline.Date(a.Dateline));

            // Front matter values only when given (Authors also come from a byline).
            if (a.PublishedAt is { } published)
            {
                Fact(output, "Published", published.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), code: false);
            }

            if (a.Authors.Count > 0)
            {
                Fact(output, "Authors", string.Join(", ", a.Authors), code: false);
            }

            if (a.Tags.Count > 0)
            {
                Fact(output, "Tags", string.Join(", ", a.Tags), code: false);
            }

            if (a.Category is not null)
            {
                Fact(output, "Category", a.Category, code: false);
            }

            if (a.Summary is not null)
            {
                Fact(output, "Summary", a.Summary, code: false);
            }

            if (a.Metadata.Count > 0)
            {
                output.Write("<dt>Metadata</dt><dd><dl class=\"metadata\">");
                foreach (MetadataEntry entry in a.Metadata)
                {
                    output.Write("<dt><code>");
                    ReportHtml.Write(output, entry.Key);
                    output.Write("</code></dt><dd>");
                    ReportHtml.Write(output, entry.Value);
                    output.Write("</dd>");
                }

                output.Write("</dl></dd>\n");
            }

            output.Write("<dt>Read</dt><dd>" + N(a.Sections.Count) + " sections, " + N(a.Quotes.Count) + " quotes, " + N(a.Metrics.Count) + " metrics</dd>\n");
            output.Write("</dl>\n");
        }

        private static void Fact(TextWriter output, string name, string? value, bool code, string? note = null)
        {
            output.Write("<dt>" + name + "</dt><dd>");
            if (value is null)
            {
                output.Write("<span class=\"none\">none found</span>");
            }
            else
            {
                output.Write(code ? "<code>" : string.Empty);
                ReportHtml.Write(output, value);
                output.Write(code ? "</code>" : string.Empty);
            }

            if (note is not null)
            {
                output.Write(" <span class=\"muted\">(" + note + ")</span>");
            }

            output.Write("</dd>\n");
        }

        // A heading as a heading, a caption as a figure whose caption is the text (its image URL shown as text beside it,
        // never loaded: the page has no img), the rest as paragraphs with their kind as class.
        private static void WriteSection(TextWriter output, ContentArticle article, string anchor, SectionModel section, IReadOnlyList<ReportMark> marks)
        {
            string id = anchor + "-s" + N(section.Index);
            string where = " data-section=\"" + N(section.Index) + "\"";
            string line = " data-line=\"" + N(section.Line) + "\"";
            switch (section.Kind)
            {
                case SectionKindModel.Heading:
                    output.Write("<h3 id=\"" + id + "\" class=\"heading\"" + where + line + ">");
                    ReportMarkedText.Write(output, article, section.Text, marks);
                    output.Write("</h3>\n");
                    break;
                case SectionKindModel.Caption:
                    output.Write("<figure id=\"" + id + "\" class=\"caption\"" + line + ">\n<figcaption" + where + ">");
                    ReportMarkedText.Write(output, article, section.Text, marks);
                    output.Write("</figcaption>\n");
                    if (section.ImageUrl is not null)
                    {
                        output.Write("<p class=\"image-url\">Image (not loaded): <code>");
                        ReportHtml.Write(output, section.ImageUrl);
                        output.Write("</code></p>\n");
                    }

                    output.Write("</figure>\n");
                    break;
                default:
                    output.Write("<p id=\"" + id + "\" class=\"" + section.Kind.ToString().ToLowerInvariant() + "\"" + where + line + ">");
                    ReportMarkedText.Write(output, article, section.Text, marks);
                    output.Write("</p>\n");
                    break;
            }
        }

        private static void WriteUnmarked(TextWriter output, ContentArticle article, IReadOnlyList<ReportUnmarked> unmarked)
        {
            if (unmarked.Count == 0)
            {
                return;
            }

            output.Write("<section class=\"unmarked\">\n<h3>Not marked in the text (" + N(unmarked.Count) + ")</h3>\n<ul class=\"unmarked\">\n");
            foreach (ReportUnmarked item in unmarked)
            {
                string text = item.IsQuote ? article.Article.Quotes[item.Index].Text : article.Article.Metrics[item.Index].Text;
                string describe = item.IsQuote ? ReportMarkedText.Describe(article, item.Index) : ReportMarkedText.DescribeMetric(article, item.Index);
                output.Write("<li>" + (item.IsQuote ? "Quote " : "Metric ") + N(item.Index) + ", ");
                ReportHtml.Write(output, describe);
                output.Write(": “");
                ReportHtml.Write(output, Short(text));
                output.Write("” — " + item.Reason + "</li>\n");
            }

            output.Write("</ul>\n</section>\n");
        }

        private static void WriteDiagnostics(TextWriter output, ContentArticle article, string anchor, IReadOnlyList<DiagnosticInfo> diagnostics)
        {
            output.Write("<section class=\"diagnostics\">\n<h3>Diagnostics (" + N(diagnostics.Count) + ")</h3>\n");
            if (diagnostics.Count == 0)
            {
                output.Write("<p class=\"none\">None.</p>\n</section>\n");
                return;
            }

            int[] lines = article.Article.Sections.Select(static s => s.Line).ToArray();
            output.Write("<ul class=\"diagnostics\">\n");
            foreach (DiagnosticInfo diagnostic in diagnostics)
            {
                (string? link, string? text) = Place(article.Article, lines, anchor, diagnostic.Span.StartLine + 1);
                ReportPage.WriteDiagnostic(output, diagnostic, link, text);
            }

            output.Write("</ul>\n</section>\n");
        }

        // The section a diagnostic's line falls in (the last one starting at or before it), so a click shows the text it
        // is about; a line before the body (front matter) links nowhere.
        private static (string? Link, string? Text) Place(ParsedArticle article, int[] lines, string anchor, int line)
        {
            int at = Array.BinarySearch(lines, line);
            int index = at >= 0 ? at : ~at - 1;
            if (index >= 0)
            {
                return (anchor + "-s" + N(article.Sections[index].Index), "section " + N(article.Sections[index].Index));
            }

            return line == article.TitleLine ? (anchor + "-title", "title") : (null, null);
        }

        // At most Excerpt characters, never cutting a surrogate pair in two.
        private static string Short(string text)
        {
            if (text.Length <= Excerpt)
            {
                return text;
            }

            int cut = char.IsHighSurrogate(text[Excerpt - 2]) ? Excerpt - 2 : Excerpt - 1;
            return text.Substring(0, cut) + "…";
        }

        private static string N(int value) => ReportPage.N(value);
    }
}

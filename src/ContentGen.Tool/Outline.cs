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
    /// What <c>contentgen show</c> prints: the article's title, outlet and dateline, its front matter values, each section
    /// with kind and line, each quote and metric with the member name the generator gives it, and its diagnostics.
    /// </summary>
    internal static class Outline
    {
        private const int Excerpt = 72;

        /// <summary>Writes the outline of <paramref name="article"/>; <paramref name="diagnostics"/> may hold other files' too.</summary>
        public static void Write(TextWriter output, ContentArticle article, IReadOnlyList<DiagnosticInfo> diagnostics)
        {
            ParsedArticle a = article.Article;
            string id = article.Identity.Id;
            output.WriteLine(a.Title);
            output.WriteLine(new string('=', a.Title.Length));
            Field(output, "File", article.Identity.Path);
            Field(output, "Class", "Articles." + id + " (slug " + article.Identity.Slug + ")");
            Field(output, "Outlet", a.Outlet);
            Field(output, "Dateline", a.Dateline is null ? null : a.Dateline.Text + " (" + Date(a.Dateline) + ")");
            Field(output, "Published", a.PublishedAt?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
            Field(output, "Authors", a.Authors.Count == 0 ? null : string.Join(", ", a.Authors));
            Field(output, "Tags", a.Tags.Count == 0 ? null : string.Join(", ", a.Tags));
            Field(output, "Category", a.Category);
            Field(output, "Summary", a.Summary);
            foreach (MetadataEntry entry in a.Metadata)
            {
                Field(output, "Metadata", entry.Key + " = " + Short(entry.Value));
            }

            output.WriteLine();
            output.WriteLine($"Sections ({a.Sections.Count})");
            foreach (SectionModel section in a.Sections)
            {
                output.WriteLine($"  {section.Index,3}  {section.Kind,-9}  line {section.Line,-4}  {Short(section.Text)}" + (section.ImageUrl is null ? string.Empty : "  [" + section.ImageUrl + "]"));
            }

            output.WriteLine();
            output.WriteLine($"Quotes ({a.Quotes.Count})");
            for (int i = 0; i < a.Quotes.Count; i++)
            {
                QuoteModel quote = a.Quotes[i];
                string member = i < article.QuoteNames.Length ? "Quotes." + article.QuoteNames[i] : "(no member: Article.Quotes[" + i + "])";
                output.WriteLine($"  {member}");
                output.WriteLine($"      {quote.Kind}, {(quote.Speaker is null ? "no speaker" : "speaker " + quote.Speaker)}, {Where(quote.SectionIndex, quote.Line)}: “{Short(quote.Text)}”");
            }

            output.WriteLine();
            output.WriteLine($"Metrics ({a.Metrics.Count})");
            for (int i = 0; i < a.Metrics.Count; i++)
            {
                MetricModel metric = a.Metrics[i];
                string member = i < article.MetricNames.Length ? "Metrics." + article.MetricNames[i] : "(no member: Article.Metrics[" + i + "])";
                string value = metric.Value.ToString(CultureInfo.InvariantCulture) + (metric.MaxValue is { } max ? "–" + max.ToString(CultureInfo.InvariantCulture) : string.Empty);
                output.WriteLine($"  {member}");
                output.WriteLine($"      {metric.Text}: {metric.Kind} {value} {metric.Unit}, {(metric.Label is null ? "no label" : "label " + metric.Label)}, {Where(metric.SectionIndex, metric.Line)}");
            }

            DiagnosticInfo[] own = diagnostics.Where(d => d.FilePath == article.Identity.FilePath).ToArray();
            if (own.Length > 0)
            {
                output.WriteLine();
                output.WriteLine($"Diagnostics ({own.Length})");
                foreach (DiagnosticInfo diagnostic in own)
                {
                    output.WriteLine("  " + DiagnosticText.Format(diagnostic));
                }
            }

            output.WriteLine();
        }

        private static void Field(TextWriter output, string name, string? value)
        {
            if (value is not null)
            {
                output.WriteLine($"{name + ":",-10} {value}");
            }
        }

        /// <summary>The numbers a dateline gives: "day 20, month 3, year not given" (the outline and the report).</summary>
        internal static string Date(DatelineModel dateline) =>
            string.Join(", ", new[] { ("day", dateline.Day), ("month", dateline.Month), ("year", dateline.Year) }
                .Select(static p => p.Item2 is int n ? p.Item1 + " " + n.ToString(CultureInfo.InvariantCulture) : p.Item1 + " not given"));

        private static string Where(int sectionIndex, int line) =>
            (sectionIndex < 0 ? "title" : "section " + sectionIndex.ToString(CultureInfo.InvariantCulture)) + ", line " + line.ToString(CultureInfo.InvariantCulture);

        // One line of at most Excerpt characters: no control character (an escape sequence, a line break) and no
        // bidirectional override from the content reaches the terminal.
        private static string Short(string text)
        {
            var clean = new string(text.Select(static c => char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') ? ' ' : c).ToArray());
            return clean.Length <= Excerpt ? clean : clean.Substring(0, Excerpt - 1) + "…";
        }
    }
}

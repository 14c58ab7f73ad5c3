using System.Collections.Generic;
using ContentGen.Core.Model;

namespace ContentGen.Core
{
    /// <summary>
    /// The public <see cref="Article"/> of a parsed article: the values the generated code gives at run time, made
    /// without compiling it, for hosts that show or export content (a test holds the two equal). Compiled into the
    /// hosts that reference both the core and the records (the core cannot reference the records: the records' package
    /// builds the generator, which builds the core).
    /// </summary>
    internal static class ArticleMapper
    {
        /// <summary>The record of <paramref name="article"/>, under the identity the generator gives it.</summary>
        /// <param name="article">The parsed article, sections included.</param>
        /// <param name="id">The article's class name.</param>
        /// <param name="slug">Its slug (the front matter's, else the file name's).</param>
        /// <param name="path">Its path relative to the project, <c>/</c> separated.</param>
        public static Article ToArticle(ParsedArticle article, string id, string slug, string path)
        {
            var sections = new Section[article.Sections.Count];
            for (int i = 0; i < sections.Length; i++)
            {
                SectionModel section = article.Sections[i];
                sections[i] = new Section(section.Index, (SectionKind)section.Kind, section.Text, section.Line) { ImageUrl = section.ImageUrl };
            }

            var quotes = new Quote[article.Quotes.Count];
            for (int i = 0; i < quotes.Length; i++)
            {
                QuoteModel quote = article.Quotes[i];
                quotes[i] = new Quote(quote.Text, (QuoteKind)quote.Kind, quote.Speaker, quote.SectionIndex, quote.Line);
            }

            var metrics = new Metric[article.Metrics.Count];
            for (int i = 0; i < metrics.Length; i++)
            {
                MetricModel metric = article.Metrics[i];
                metrics[i] = new Metric(metric.Text, metric.Value, metric.MaxValue, (MetricKind)metric.Kind, metric.Unit, metric.Label, metric.SectionIndex, metric.Line);
            }

            var metadata = new Dictionary<string, string>(article.Metadata.Count, System.StringComparer.Ordinal);
            foreach (MetadataEntry entry in article.Metadata)
            {
                metadata[entry.Key] = entry.Value;
            }

            Dateline? dateline = article.Dateline is { } d ? new Dateline(d.Text, d.Day, d.Month, d.Year) : null;
            return new Article(id, slug, path, article.Title, article.Outlet, dateline, sections, quotes, metrics)
            {
                PublishedAt = article.PublishedAt,
                Authors = System.Linq.Enumerable.ToArray(article.Authors),
                Tags = System.Linq.Enumerable.ToArray(article.Tags),
                Category = article.Category,
                Summary = article.Summary,
                Metadata = metadata,
            };
        }
    }
}

using ContentGen.Core;
using ContentGen.Core.Model;
using ContentGen.Core.Parsing;

namespace ContentGen.Generator.Emitting
{
    /// <summary>
    /// Writes the body of an article's entry in the generated table (see <see cref="ArticleDataFormat"/>): where its
    /// text comes from, the strings that are not slices of that text, and its data.
    /// </summary>
    internal static class ArticleBody
    {
        /// <summary>The body of <paramref name="article"/>, read from the file at <paramref name="path"/>.</summary>
        /// <param name="article">The parsed article.</param>
        /// <param name="path">The file's path relative to the project.</param>
        /// <param name="resource">The name under which the build embeds the file, or null when it does not.</param>
        /// <param name="file">The file's text as the compiler read it.</param>
        public static string Write(ParsedArticle article, string path, string? resource, string file)
        {
            // Text that the build embeds stays out of the generated code: the entry refers to slices of the file. An
            // article whose sections are not all slices of its file carries its text, as any article does without
            // embedding.
            ArticleStrings? inFile = resource is null ? null : ArticleStrings.InFile(article.Sections, file);
            ArticleStrings strings = inFile ?? new ArticleStrings(article.Sections);
            ArticleDataWriter data = Data(article, path, strings);

            var body = new ArticleDataWriter();
            if (inFile is null)
            {
                body.Number(ArticleDataFormat.InlineText);
            }
            else
            {
                body.Number(ArticleDataFormat.ResourceText);
                body.Raw(resource!);
                body.Number((uint)file.Length);
                body.Number(ArticleDataFormat.Hash(file));
            }

            body.Raw(strings.Written);
            body.Append(data);
            return body.ToString();
        }

        private static ArticleDataWriter Data(ParsedArticle article, string path, ArticleStrings strings)
        {
            var data = new ArticleDataWriter();
            data.String(strings.Pooled(path));
            data.String(strings.Pooled(article.Title));
            Nullable(data, strings, article.Outlet);
            if (article.Dateline is null)
            {
                data.Number(0);
            }
            else
            {
                data.Number(1);
                data.String(strings.Pooled(article.Dateline.Text));
                data.NullableInt(article.Dateline.Day);
                data.NullableInt(article.Dateline.Month);
                data.NullableInt(article.Dateline.Year);
            }

            data.Number((uint)article.Sections.Count);
            foreach (SectionModel section in article.Sections)
            {
                data.Int((int)section.Kind);
                data.String(strings.Section(section.Index));
                data.Int(section.Line);
                Nullable(data, strings, section.ImageUrl);
            }

            var quotes = new ArticleStrings.Cursor();
            data.Number((uint)article.Quotes.Count);
            foreach (QuoteModel quote in article.Quotes)
            {
                data.String(strings.InSection(quote.Text, quote.SectionIndex, quotes));
                data.Int((int)quote.Kind);
                Nullable(data, strings, quote.Speaker);
                data.Int(quote.SectionIndex);
                data.Int(quote.Line);
            }

            var metrics = new ArticleStrings.Cursor();
            var labels = new ArticleStrings.Cursor();
            data.Number((uint)article.Metrics.Count);
            foreach (MetricModel metric in article.Metrics)
            {
                data.String(strings.InSection(metric.Text, metric.SectionIndex, metrics));
                data.Decimal(metric.Value);
                data.NullableDecimal(metric.MaxValue);
                data.Int((int)metric.Kind);
                data.String(strings.Pooled(metric.Unit));
                if (metric.Label is null)
                {
                    data.Null();
                }
                else
                {
                    data.String(strings.InSection(metric.Label, metric.SectionIndex, labels));
                }

                data.Int(metric.SectionIndex);
                data.Int(metric.Line);
            }

            if (article.PublishedAt is { } published)
            {
                ulong ticks = (ulong)published.UtcTicks;
                data.Number(1);
                data.Number((uint)(ticks >> 32));
                data.Number((uint)ticks);
                data.Int((int)published.Offset.TotalMinutes);
            }
            else
            {
                data.Null();
            }

            Strings(data, strings, article.Authors);
            Strings(data, strings, article.Tags);
            Nullable(data, strings, article.Category);
            Nullable(data, strings, article.Summary);
            data.Number((uint)article.Metadata.Count);
            foreach (MetadataEntry entry in article.Metadata)
            {
                data.String(strings.Pooled(entry.Key));
                data.String(strings.Pooled(entry.Value));
            }

            return data;
        }

        private static void Strings(ArticleDataWriter data, ArticleStrings strings, EquatableArray<string> values)
        {
            data.Number((uint)values.Count);
            foreach (string value in values)
            {
                data.String(strings.Pooled(value));
            }
        }

        private static void Nullable(ArticleDataWriter data, ArticleStrings strings, string? value)
        {
            if (value is null)
            {
                data.Null();
            }
            else
            {
                data.String(strings.Pooled(value));
            }
        }
    }
}

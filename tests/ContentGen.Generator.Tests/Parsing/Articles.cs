using System.Linq;
using ContentGen.Core.Model;
using ContentGen.Core.Parsing;
using Xunit;

namespace ContentGen.Generator.Tests.Parsing
{
    /// <summary>Builds small articles for the parser tests.</summary>
    internal static class Articles
    {
        /// <summary>A title line, then each paragraph after a blank line.</summary>
        public static string Text(string title, params string[] paragraphs) =>
            title + "\n\n" + string.Join("\n\n", paragraphs) + "\n";

        /// <summary>Parses an article made of a title and paragraphs; fails the test when nothing is parsed.</summary>
        public static ParsedArticle Parse(string title, params string[] paragraphs) => ParseText(Text(title, paragraphs));

        /// <summary>Parses raw text; fails the test when nothing is parsed.</summary>
        public static ParsedArticle ParseText(string text)
        {
            ParsedArticle? article = ArticleParser.Parse(text);
            Assert.NotNull(article);
            return article!;
        }

        /// <summary>What the runtime records carry of an article, as text: everything but file offsets and issues.</summary>
        public static string Visible(ParsedArticle article) =>
            string.Join(
                "\n",
                new[] { article.Title, article.TitleLine.ToString(System.Globalization.CultureInfo.InvariantCulture), article.Outlet ?? "-", article.Dateline?.ToString() ?? "-" }
                    .Concat(article.Sections.Select(s => s.ToString()))
                    .Concat(article.Quotes.Select(q => (q with { Span = default }).ToString()))
                    .Concat(article.Metrics.Select(m => (m with { Span = default }).ToString())));

        /// <summary>The single quote of a one-paragraph article.</summary>
        public static QuoteModel OnlyQuote(string paragraph) => Assert.Single(Parse("Tiêu đề bài viết", paragraph).Quotes);

        /// <summary>The single metric of a one-paragraph article.</summary>
        public static MetricModel OnlyMetric(string paragraph) => Assert.Single(Parse("Tiêu đề bài viết", paragraph).Metrics);
    }
}

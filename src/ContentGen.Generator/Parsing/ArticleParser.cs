using System.Threading;

namespace ContentGen.Generator.Parsing
{
    /// <summary>Reads the text of one content file into a <see cref="ParsedArticle"/>.</summary>
    public static class ArticleParser
    {
        /// <summary>Parses an article; null when the text has no title or no paragraph.</summary>
        public static ParsedArticle? Parse(string text, CancellationToken cancellationToken = default)
        {
            _ = text;
            _ = cancellationToken;
            return null;
        }
    }
}

namespace ContentGen.Core.Model
{
    /// <summary>The parser's reading of a file: the article, or null when the file holds none, and the issues met.</summary>
    internal sealed record ParseOutcome(ParsedArticle? Article, EquatableArray<ParseIssue> Issues);
}

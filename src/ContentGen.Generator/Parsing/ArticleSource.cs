namespace ContentGen.Generator.Parsing
{
    /// <summary>An article file as the pipeline carries it: its project-relative path, slug and text.</summary>
    /// <param name="Path">Path relative to the project folder, '/' separators.</param>
    /// <param name="Slug">File name without extension.</param>
    /// <param name="Text">The file's text.</param>
    public sealed record ArticleSource(string Path, string Slug, string Text);

    /// <summary>An article file and what the parser made of it (null when it holds no article).</summary>
    public sealed record ArticleModel(string Path, string Slug, ParsedArticle? Article);

    /// <summary>What id assignment needs of an article: its path and slug, and whether it produced an article.</summary>
    public sealed record ArticleKey(string Path, string Slug, bool HasArticle);
}

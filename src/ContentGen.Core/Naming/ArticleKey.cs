namespace ContentGen.Core.Naming
{
    /// <summary>What id assignment needs of an article: its paths and slug, and whether it produced an article.</summary>
    internal sealed record ArticleKey(string Path, string Slug, string FilePath, bool HasArticle);
}

namespace ContentGen.Core.Naming
{
    /// <summary>An article's identity in the generated code.</summary>
    /// <param name="Path">Path relative to the project folder, '/' separators.</param>
    /// <param name="Slug">File name without extension.</param>
    /// <param name="Id">Unique C# identifier of the article's class.</param>
    /// <param name="FilePath">The path as the compiler knows it, for diagnostics.</param>
    /// <param name="ListedTwice">Whether the compiler was given this path more than once (two items for one file).</param>
    internal sealed record ArticleIdentity(string Path, string Slug, string Id, string FilePath = "", bool ListedTwice = false);
}

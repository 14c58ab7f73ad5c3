using ContentGen.Generator.Diagnostics;

namespace ContentGen.Generator.Parsing
{
    /// <summary>An article file as the pipeline carries it: its project-relative path, slug and text.</summary>
    /// <param name="Path">Path relative to the project folder, '/' separators.</param>
    /// <param name="Slug">File name without extension.</param>
    /// <param name="FilePath">The path as the compiler knows it, for diagnostics.</param>
    /// <param name="Text">The file's text.</param>
    /// <param name="ReadError">Why the file could not be read (exception type and message), or null.</param>
    public sealed record ArticleSource(string Path, string Slug, string FilePath, string Text, (string Type, string Message)? ReadError = null);

    /// <summary>An article file and what the parser made of it (null when it holds no article).</summary>
    /// <param name="Path">Path relative to the project folder.</param>
    /// <param name="Slug">File name without extension.</param>
    /// <param name="FilePath">The path as the compiler knows it.</param>
    /// <param name="Article">The parsed article, or null.</param>
    /// <param name="Diagnostics">What the author should hear about the file.</param>
    public sealed record ArticleModel(string Path, string Slug, string FilePath, ParsedArticle? Article, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>What id assignment needs of an article: its paths and slug, and whether it produced an article.</summary>
    public sealed record ArticleKey(string Path, string Slug, string FilePath, bool HasArticle);
}

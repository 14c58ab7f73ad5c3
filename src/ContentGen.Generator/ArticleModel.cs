using ContentGen.Core.Diagnostics;
using ContentGen.Core.Model;

namespace ContentGen.Core.Parsing
{
    /// <summary>An article file and what the parser made of it (null when it holds no article).</summary>
    /// <param name="Path">Path relative to the project folder.</param>
    /// <param name="Slug">File name without extension.</param>
    /// <param name="FilePath">The path as the compiler knows it.</param>
    /// <param name="Article">
    /// The parsed article without its sections, or null: the sections' text is in <paramref name="Body"/>, and the
    /// members need only the quotes and metrics, so the pipeline keeps no second copy of every article's text.
    /// </param>
    /// <param name="Diagnostics">What the author should hear about the file.</param>
    /// <param name="Body">The article's entry in the generated table (see <c>ArticleDataFormat</c>), or null.</param>
    internal sealed record ArticleModel(string Path, string Slug, string FilePath, ParsedArticle? Article, EquatableArray<DiagnosticInfo> Diagnostics, string? Body = null);
}

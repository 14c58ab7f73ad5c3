using System;
using ContentGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Generator.Parsing
{
    /// <summary>An article file as the pipeline carries it: its project-relative path, slug and text.</summary>
    /// <param name="Path">Path relative to the project folder, '/' separators.</param>
    /// <param name="Slug">File name without extension.</param>
    /// <param name="FilePath">The path as the compiler knows it, for diagnostics.</param>
    /// <param name="Text">
    /// The file's text as the compiler holds it (not a copy: a project of 100,000 articles would keep half a gigabyte
    /// of text twice), or null when it could not be read.
    /// </param>
    /// <param name="ReadError">Why the file could not be read (exception type and message), or null.</param>
    /// <param name="Resource">
    /// The name under which the build embeds the file in the assembly, when it does and the compiler read the file as
    /// UTF-8 (so the runtime decodes the same text from it); null when the text must travel in the generated code.
    /// </param>
    public sealed record ArticleSource(string Path, string Slug, string FilePath, SourceText? Text, (string Type, string Message)? ReadError = null, string? Resource = null)
    {
        /// <summary>Equal paths, metadata and text; texts are compared by content unless they are the same object.</summary>
        public bool Equals(ArticleSource? other) =>
            other is not null
            && Path == other.Path
            && Slug == other.Slug
            && FilePath == other.FilePath
            && Nullable.Equals(ReadError, other.ReadError)
            && Resource == other.Resource
            && (ReferenceEquals(Text, other.Text) || (Text is not null && other.Text is not null && Text.Length == other.Text.Length && Text.ContentEquals(other.Text)));

        /// <inheritdoc/>
        public override int GetHashCode() => (Path, FilePath, Text?.Length ?? -1).GetHashCode();
    }

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
    public sealed record ArticleModel(string Path, string Slug, string FilePath, ParsedArticle? Article, EquatableArray<DiagnosticInfo> Diagnostics, string? Body = null);

    /// <summary>What the table needs of an article: its path and its entry's body.</summary>
    public sealed record TableRow(string Path, string Body);

    /// <summary>What id assignment needs of an article: its paths and slug, and whether it produced an article.</summary>
    public sealed record ArticleKey(string Path, string Slug, string FilePath, bool HasArticle);
}

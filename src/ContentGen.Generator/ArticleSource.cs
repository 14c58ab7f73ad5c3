using System;
using ContentGen.Generator;
using ContentGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Core.Parsing
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
    internal sealed record ArticleSource(string Path, string Slug, string FilePath, SourceText? Text, (string Type, string Message)? ReadError = null, string? Resource = null)
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
}

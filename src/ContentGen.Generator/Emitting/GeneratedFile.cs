namespace ContentGen.Generator.Emitting
{
    /// <summary>One generated source: its hint name and text. Value-equatable, so unchanged output stays cached.</summary>
    public sealed record GeneratedFile(string HintName, string Text);

    /// <summary>What the emitters need to know about the compilation; value-equatable.</summary>
    /// <param name="Namespace">Namespace of the generated code.</param>
    /// <param name="NullableAnnotations">Whether the consumer's C# version allows <c>#nullable</c> and <c>?</c> on reference types.</param>
    /// <param name="Utf8Literals">
    /// Whether the consumer can decode a <c>u8</c> literal (C# 11 and <c>Encoding.GetString(ReadOnlySpan&lt;byte&gt;)</c>):
    /// the article table is then emitted as UTF-8 data, which does not count against the 16 MB limit on string literals.
    /// </param>
    public sealed record EmitOptions(string Namespace, bool NullableAnnotations, bool Utf8Literals = false);

    /// <summary>An article's identity in the generated code.</summary>
    /// <param name="Path">Path relative to the project folder, '/' separators.</param>
    /// <param name="Slug">File name without extension.</param>
    /// <param name="Id">Unique C# identifier of the article's class.</param>
    /// <param name="FilePath">The path as the compiler knows it, for diagnostics.</param>
    /// <param name="ListedTwice">Whether the compiler was given this path more than once (two items for one file).</param>
    public sealed record ArticleIdentity(string Path, string Slug, string Id, string FilePath = "", bool ListedTwice = false);

    /// <summary>One article's class, as <see cref="ArticleEmitter.Class"/> writes it.</summary>
    /// <param name="Id">The article's id (its class name).</param>
    /// <param name="Path">The article's path, for the source's header.</param>
    /// <param name="Text">The class, indented to stand inside <c>Articles</c>.</param>
    public sealed record ArticleClass(string Id, string Path, string Text);

    /// <summary>One article's class, or none when it could not be made, and its diagnostics (reading, parsing, making).</summary>
    /// <param name="Class">The class.</param>
    /// <param name="Diagnostics">What the author should hear about the file.</param>
    /// <param name="ListedTwice">Whether another item of the same path makes the same class.</param>
    public sealed record EmitResult(ArticleClass? Class, EquatableArray<Diagnostics.DiagnosticInfo> Diagnostics, bool ListedTwice = false);
}

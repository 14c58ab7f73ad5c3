namespace ContentGen.Core.Hosting
{
    /// <summary>An article file as a host hands it to <see cref="ContentSet"/>.</summary>
    /// <param name="Path">Path relative to the project (or working) folder, <c>/</c> separated: what <c>Article.Path</c> holds.</param>
    /// <param name="FilePath">The path diagnostics name.</param>
    /// <param name="Text">The decoded text, or null when the file could not be read.</param>
    /// <param name="ReadError">Why it could not be read (exception type and message), or null.</param>
    internal sealed record ContentFile(string Path, string FilePath, string? Text, (string Type, string Message)? ReadError = null);
}

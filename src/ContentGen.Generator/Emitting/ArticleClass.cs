namespace ContentGen.Generator.Emitting
{
    /// <summary>One article's class, as <see cref="ArticleEmitter.Class"/> writes it.</summary>
    /// <param name="Id">The article's id (its class name).</param>
    /// <param name="Path">The article's path, for the source's header.</param>
    /// <param name="Text">The class, indented to stand inside <c>Articles</c>.</param>
    internal sealed record ArticleClass(string Id, string Path, string Text);
}

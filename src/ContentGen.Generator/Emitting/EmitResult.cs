using ContentGen.Core;

namespace ContentGen.Generator.Emitting
{
    /// <summary>One article's class, or none when it could not be made, and its diagnostics (reading, parsing, making).</summary>
    /// <param name="Class">The class.</param>
    /// <param name="Diagnostics">What the author should hear about the file.</param>
    /// <param name="ListedTwice">Whether another item of the same path makes the same class.</param>
    internal sealed record EmitResult(ArticleClass? Class, EquatableArray<ContentGen.Core.Diagnostics.DiagnosticInfo> Diagnostics, bool ListedTwice = false);
}

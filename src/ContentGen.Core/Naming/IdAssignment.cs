using ContentGen.Core.Diagnostics;

namespace ContentGen.Core.Naming
{
    /// <summary>The articles' identities, ordered by path, and what had to be renamed to make the ids unique.</summary>
    /// <param name="Identities">One per article that parsed, ordered by path (ordinal).</param>
    /// <param name="Diagnostics">Id collisions and reserved names.</param>
    internal sealed record IdAssignment(EquatableArray<ArticleIdentity> Identities, EquatableArray<DiagnosticInfo> Diagnostics);
}

using System.Collections.Generic;
using ContentGen.Core.Diagnostics;

namespace ContentGen.Core.Hosting
{
    /// <summary>What a set of article files gives: its articles in path order and every diagnostic, ordered by place.</summary>
    internal sealed record ContentSetResult(IReadOnlyList<ContentArticle> Articles, IReadOnlyList<DiagnosticInfo> Diagnostics);
}

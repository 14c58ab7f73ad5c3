using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Core;
using ContentGen.Core.Diagnostics;
using ContentGen.Core.Model;
using ContentGen.Core.Parsing;

namespace ContentGen.Core.Naming
{
    /// <summary>Gives every article a unique class name, in path order, so output does not depend on file order.</summary>
    internal static class IdAssigner
    {
        /// <summary>The identities of the articles that parsed; a path met twice counts once.</summary>
        public static IdAssignment Assign(IReadOnlyList<ArticleKey> keys)
        {
            IGrouping<string, ArticleKey>[] byPath = keys
                .Where(static k => k.HasArticle)
                .GroupBy(static k => k.Path, StringComparer.Ordinal)
                .OrderBy(static g => g.Key, StringComparer.Ordinal)
                .ToArray();
            ArticleKey[] ordered = byPath.Select(static g => g.First()).ToArray();

            string[] wanted = ordered.Select(static k => MemberNamer.ArticleId(k.Slug)).ToArray();
            var renames = new List<Rename>();
            string[] ids = MemberNamer.MakeUnique(wanted, "Articles", renames);
            var identities = new ArticleIdentity[ordered.Length];
            for (int i = 0; i < ordered.Length; i++)
            {
                identities[i] = new ArticleIdentity(ordered[i].Path, ordered[i].Slug, ids[i], ordered[i].FilePath, byPath[i].Skip(1).Any());
            }

            var diagnostics = new List<DiagnosticInfo>();
            foreach (Rename rename in renames)
            {
                ArticleKey key = ordered[rename.Index];
                if (rename.Reason == RenameReason.Collision)
                {
                    int first = Array.FindIndex(wanted, w => w == wanted[rename.Index]);
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticKinds.IdCollision, key.FilePath, SourceSpan.FileStart, ordered[first].Path, key.Path, rename.Wanted, rename.Given));
                }
                else
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticKinds.MemberRenamed, key.FilePath, SourceSpan.FileStart, "article", rename.Wanted, rename.Given, Reasons.Of(rename.Reason)));
                }
            }

            return new IdAssignment(new EquatableArray<ArticleIdentity>(identities), diagnostics.ToEquatableArray());
        }
    }
}

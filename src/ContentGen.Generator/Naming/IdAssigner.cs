using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Emitting;
using ContentGen.Generator.Parsing;

namespace ContentGen.Generator.Naming
{
    /// <summary>The articles' identities, ordered by path, and what had to be renamed to make the ids unique.</summary>
    /// <param name="Identities">One per article that parsed, ordered by path (ordinal).</param>
    /// <param name="Diagnostics">Id collisions and reserved names.</param>
    public sealed record IdAssignment(EquatableArray<ArticleIdentity> Identities, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>Gives every article a unique class name, in path order, so output does not depend on file order.</summary>
    public static class IdAssigner
    {
        /// <summary>The identities of the articles that parsed; a path met twice counts once.</summary>
        public static IdAssignment Assign(ImmutableArray<ArticleKey> keys)
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
                        DiagnosticDescriptors.IdCollision, key.FilePath, SourceSpan.FileStart, ordered[first].Path, key.Path, rename.Wanted, rename.Given));
                }
                else
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.MemberRenamed, key.FilePath, SourceSpan.FileStart, "article", rename.Wanted, rename.Given, Reasons.Of(rename.Reason)));
                }
            }

            return new IdAssignment(new EquatableArray<ArticleIdentity>(identities), diagnostics.ToEquatableArray());
        }
    }

    /// <summary>Why-texts for renamed members.</summary>
    internal static class Reasons
    {
        public static string Of(RenameReason reason) => reason == RenameReason.Reserved
            ? "the name is a C# keyword or one the generated code uses"
            : "an earlier member has the same name";
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ContentGen.Generator.Emitting;
using ContentGen.Generator.Parsing;

namespace ContentGen.Generator.Naming
{
    /// <summary>Gives every article a unique class name, in path order, so output does not depend on file order.</summary>
    public static class IdAssigner
    {
        /// <summary>The identities of the articles that parsed, ordered by path (ordinal); a path met twice counts once.</summary>
        public static EquatableArray<ArticleIdentity> Assign(ImmutableArray<ArticleKey> keys)
        {
            ArticleKey[] ordered = keys
                .Where(static k => k.HasArticle)
                .GroupBy(static k => k.Path, StringComparer.Ordinal)
                .Select(static g => g.First())
                .OrderBy(static k => k.Path, StringComparer.Ordinal)
                .ToArray();

            string[] ids = MemberNamer.MakeUnique(ordered.Select(static k => MemberNamer.ArticleId(k.Slug)).ToArray(), "Articles");
            var identities = new ArticleIdentity[ordered.Length];
            for (int i = 0; i < ordered.Length; i++)
            {
                identities[i] = new ArticleIdentity(ordered[i].Path, ordered[i].Slug, ids[i]);
            }

            return new EquatableArray<ArticleIdentity>(identities);
        }
    }
}
